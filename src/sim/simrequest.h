#pragma once

#include "sim/simutil.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace charles::sim {

// A request as the simulated services read it.
struct SimRequest
{
    QByteArray method;
    QString path; // decoded, except %2F
    QString encodedPath; // as sent, for segments that may hold an encoded '/'
    util::FormFields query; // decoded like a server does ('+' is a space)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const;
    QString queryValue(const QString &key) const;
    bool hasQuery(const QString &key) const;
};

} // namespace charles::sim
