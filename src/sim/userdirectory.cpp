#include "userdirectory.h"

namespace charles::sim {

UserDirectory::UserDirectory(QList<SimUser> users) : m_users(std::move(users)) { }

const SimUser *UserDirectory::findLogin(const QString &userNameOrEmail) const
{
    for (const SimUser &user : m_users) {
        if (user.userName.isEmpty())
            continue;
        if (user.userName.compare(userNameOrEmail, Qt::CaseInsensitive) == 0 ||
            user.email.compare(userNameOrEmail, Qt::CaseInsensitive) == 0) {
            return &user;
        }
    }
    return nullptr;
}

const SimUser *UserDirectory::findByEmail(const QString &email) const
{
    for (const SimUser &user : m_users) {
        if (user.email.compare(email, Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

const SimUser *UserDirectory::findCharlesUser(const QString &email) const
{
    const SimUser *user = findByEmail(email);
    return user && user->hasCharlesUser ? user : nullptr;
}

bool UserDirectory::setPassword(const QString &userNameOrEmail, const QString &password)
{
    for (SimUser &user : m_users) {
        if (user.userName.isEmpty())
            continue;
        if (user.userName.compare(userNameOrEmail, Qt::CaseInsensitive) == 0 ||
            user.email.compare(userNameOrEmail, Qt::CaseInsensitive) == 0) {
            user.password = password;
            return true;
        }
    }
    return false;
}

} // namespace charles::sim
