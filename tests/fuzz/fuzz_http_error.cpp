// Any answer that is not a success (ApiError::fromHttp): gate's JSON error, Keycloak's OAuth
// error, the proxy's plain text, an ingress's HTML page, nothing at all.
//
// Input layout, so that seeds can be written by hand: a first line "<status> <content type>",
// then the body. "502 text/html\n<html>..." is a 502 with an HTML page. An input with no
// first line is a whole body answered with a 500 and no content type.
#include "core/jsondecode.h"
#include "fuzzcheck.h"

using namespace charles;

namespace {

struct Answer
{
    int status = 500;
    QByteArray contentType;
    QByteArray body;
};

Answer splitAnswer(const QByteArray &input)
{
    Answer answer;
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0) {
        answer.body = input;
        return answer;
    }
    const QByteArray firstLine = input.left(newline);
    answer.body = input.mid(newline + 1);

    // At most three digits: statuses stay in 0..999, as a real reply's do.
    int status = 0;
    qsizetype pos = 0;
    while (pos < firstLine.size() && pos < 3 && firstLine.at(pos) >= '0' &&
           firstLine.at(pos) <= '9') {
        status = status * 10 + (firstLine.at(pos) - '0');
        ++pos;
    }
    answer.status = status;
    answer.contentType = firstLine.mid(pos).trimmed();
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Answer answer = splitAnswer(fuzz::bytes(data, size));
    const ApiError error = ApiError::fromHttp(answer.status, answer.contentType, answer.body);

    // Whatever came, it is an error the admin can read, and it keeps the status it came with.
    FUZZ_CHECK(error.isError());
    FUZZ_CHECK(error.kind() != ApiError::Kind::None);
    FUZZ_CHECK(error.httpStatus() == answer.status);
    FUZZ_CHECK(!error.userMessage().isEmpty());
    fuzz::checkLogText(error);
    FUZZ_CHECK(error.serverMessage().isEmpty() || !error.translatedServerMessage().isEmpty());

    // The decoders behind it agree with what the error kept.
    if (const auto gate = json::decodeGateError(answer.body)) {
        FUZZ_CHECK(error.serverMessage() == gate->message);
        FUZZ_CHECK(error.serverErrorId() == gate->id);
    } else if (const auto oauth = json::decodeOAuthError(answer.body)) {
        FUZZ_CHECK(error.oauthError() == oauth->error);
        FUZZ_CHECK(error.serverMessage() == oauth->description);
    } else {
        // Plain text is shown only when short enough to be a message and not markup.
        FUZZ_CHECK(error.serverMessage().size() <= 300);
        FUZZ_CHECK(!error.serverMessage().contains(QLatin1Char('<')));
    }
    return 0;
}
