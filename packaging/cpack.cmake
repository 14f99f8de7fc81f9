# CPack: one .deb, charles-tokens_<version>_<arch>.deb, from the install rules in
# packaging/CMakeLists.txt. Included from the top-level CMakeLists.txt, where CPack must be
# set up. Built by packaging/build-deb.sh (Release, Debian's hardening flags).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME charles-tokens)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Charles System Tokens maintainers")
set(CPACK_PACKAGE_CONTACT "Charles System Tokens maintainers <tokens@charlescd.example>")
# "CharlesCD" here: lintian reads the ". " of "C.D. installation" as a second sentence.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "manage the system tokens of a CharlesCD installation")
# Read here rather than named by CPACK_PACKAGE_DESCRIPTION_FILE, which CPack 3.25 escapes as
# XML (an apostrophe became &apos; in the control file). CPackDeb puts the summary first.
file(READ ${CMAKE_CURRENT_LIST_DIR}/description.txt CPACK_DEBIAN_PACKAGE_DESCRIPTION)
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 2)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Files 0644, directories 0755, owned by root, whatever the umask of the build.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# The libraries the binary links come from dpkg-shlibdeps. Beside them, what it loads at run
# time: the platform plugins (xcb, wayland) and Qt's own Portuguese catalogues, which
# QTranslator reads from /usr/share/qt6/translations for Qt's dialogs and buttons. A Secret
# Service keeps "keep me signed in"; without one the application still works, signing in
# every time.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")

# `cpack --config CPackSourceConfig.cmake` would otherwise pack the build folders too.
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/out/" "/\\\\.cache/")

include(CPack)
