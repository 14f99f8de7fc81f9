#pragma once

#include <QByteArray>
#include <QString>

namespace charles::sim {

// A misbehaviour injected in front of everything else (proxy, gate, moove,
// Keycloak). A request is recorded first, then checked against the faults in
// the order they were added; the first match wins.
struct Fault
{
    enum class Action {
        Respond, // answer with status, contentType and body
        Drop, // close the connection without an answer
        NoAnswer, // never answer; keep the connection open
        Truncate // headers announce more body than is sent, then close
    };

    QByteArray method; // empty = any
    QString pathPattern; // QRegularExpression matched against the request path
    Action action = Action::Respond;
    int status = 500; // for Respond and Truncate
    QByteArray contentType = "application/json";
    QByteArray body;
    int delayMs = 0; // act after this delay (also for Drop), on top of the latency
    int times = -1; // how many matching requests it applies to; -1 = until removed
};

} // namespace charles::sim
