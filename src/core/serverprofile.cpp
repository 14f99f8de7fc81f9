#include "serverprofile.h"

namespace charles {

namespace {

QUrl appendPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

QUrl ServerProfile::defaultAuthBase(const QUrl &baseUrl)
{
    return appendPath(baseUrl, QStringLiteral("/keycloak/auth"));
}

QUrl ServerProfile::effectiveAuthBase() const
{
    return authBaseUrl.isEmpty() ? defaultAuthBase(baseUrl) : authBaseUrl;
}

QUrl ServerProfile::tokenEndpoint() const
{
    return appendPath(effectiveAuthBase(),
                      QStringLiteral("/realms/%1/protocol/openid-connect/token")
                          .arg(QString::fromLatin1(QUrl::toPercentEncoding(realm))));
}

QUrl ServerProfile::logoutEndpoint() const
{
    return appendPath(effectiveAuthBase(),
                      QStringLiteral("/realms/%1/protocol/openid-connect/logout")
                          .arg(QString::fromLatin1(QUrl::toPercentEncoding(realm))));
}

QUrl ServerProfile::gateUrl(const QString &path) const
{
    return appendPath(baseUrl, QStringLiteral("/gate") + path);
}

QUrl ServerProfile::mooveUrl(const QString &path) const
{
    return appendPath(baseUrl, QStringLiteral("/moove") + path);
}

QUrl ServerProfile::userUrl(const QString &email) const
{
    const QByteArray encoded =
        QUrl::toPercentEncoding(QString::fromLatin1(email.toUtf8().toBase64()));
    QUrl url = mooveUrl(QStringLiteral("/v2/users/"));
    url.setPath(url.path(QUrl::FullyEncoded) + QString::fromLatin1(encoded), QUrl::TolerantMode);
    return url;
}

QString ServerProfile::keychainKey(const QString &account) const
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(baseUrl.toString(QUrl::StripTrailingSlash), realm, clientId, account);
}

QString ServerProfile::label() const
{
    if (!displayName.isEmpty())
        return displayName;
    QString host = baseUrl.host();
    if (baseUrl.port() > 0)
        host += QLatin1Char(':') + QString::number(baseUrl.port());
    return host;
}

bool ServerProfile::isValid() const
{
    const auto httpish = [](const QUrl &url) {
        return url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty() &&
            (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    };
    return httpish(baseUrl) && (authBaseUrl.isEmpty() || httpish(authBaseUrl)) &&
        !realm.isEmpty() && !clientId.isEmpty();
}

} // namespace charles
