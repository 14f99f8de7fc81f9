#pragma once

// One Charles simulator on 127.0.0.1 and a signed-in client stack against it, for the tests
// of the core and the widgets.
#include "core/charlesapi.h"
#include "core/session.h"
#include "core/transport.h"
#include "sim/simulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

struct SimFixture
{
    explicit SimFixture(const charles::sim::SeedOptions &seed = {})
        : sim(std::make_unique<charles::sim::Simulator>(seed))
    {
        port = sim->listen();
        transport = std::make_unique<charles::Transport>(&network);
        transport->setTransferTimeout(5000);
        session = std::make_unique<charles::Session>(transport.get());
        session->setProfile(profile());
        api = std::make_unique<charles::CharlesApi>(session.get());
    }

    ~SimFixture()
    {
        api.reset();
        session.reset();
        transport.reset();
    }

    charles::ServerProfile profile() const
    {
        charles::ServerProfile p;
        p.displayName = QStringLiteral("Simulator");
        p.baseUrl = sim->baseUrl();
        return p;
    }

    // Signs in as `user`; true when the session ends signed in.
    bool signIn(const QString &user = charles::sim::Simulator::rootUserName(),
                const QString &password = charles::sim::Simulator::rootPassword())
    {
        QSignalSpy done(session.get(), &charles::Session::signedIn);
        QSignalSpy failed(session.get(), &charles::Session::signInFailed);
        session->signIn(user, charles::SecretValue(password.toUtf8()), false);
        return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 10000) &&
            !done.isEmpty();
    }

    // Signs in and returns the error it ended with (Kind::None when it succeeded).
    charles::ApiError signInError(const QString &user = charles::sim::Simulator::rootUserName(),
                                  const QString &password = charles::sim::Simulator::rootPassword())
    {
        QSignalSpy done(session.get(), &charles::Session::signedIn);
        QSignalSpy failed(session.get(), &charles::Session::signInFailed);
        session->signIn(user, charles::SecretValue(password.toUtf8()), false);
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 10000))
            return charles::ApiError(charles::ApiError::Kind::Timeout);
        return failed.isEmpty() ? charles::ApiError()
                                : failed.first().first().value<charles::ApiError>();
    }

    std::unique_ptr<charles::sim::Simulator> sim;
    quint16 port = 0;
    QNetworkAccessManager network;
    std::unique_ptr<charles::Transport> transport;
    std::unique_ptr<charles::Session> session;
    std::unique_ptr<charles::CharlesApi> api;
};

// Waits for a callback-style call to deliver, and keeps its result.
template<typename T>
struct Outcome
{
    std::optional<charles::Result<T>> result;

    auto callback()
    {
        return [this](charles::Result<T> r) {
            result.emplace(std::move(r));
        };
    }
    bool wait(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};
