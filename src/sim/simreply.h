#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace charles::sim {

// What the simulator does with one request: answer it, or misbehave.
struct SimReply
{
    enum class Kind { Answer, Drop, NoAnswer, Truncate };

    Kind kind = Kind::Answer;
    int status = 200;
    QByteArray contentType;
    QByteArray body;

    static SimReply json(int status, const QJsonObject &object);
    static SimReply text(int status, const QByteArray &body);
    static SimReply empty(int status);
    static SimReply drop();
};

} // namespace charles::sim
