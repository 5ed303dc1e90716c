#include "httprequestreader.h"

#include <QUrl>

namespace LeadBridge {
namespace {
    constexpr int kMaxChunkLine = 1024;

    bool isTokenChar(char c)
    {
        // RFC 9110 tchar
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            return true;
        return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
    }

    bool allOf(const QByteArray &text, bool (*predicate)(char))
    {
        if (text.isEmpty())
            return false;
        for (const char c : text) {
            if (!predicate(c))
                return false;
        }
        return true;
    }

    bool isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }
    bool isHexDigit(char c)
    {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
    bool isUpper(char c)
    {
        return c >= 'A' && c <= 'Z';
    }
} // namespace

HttpRequestReader::HttpRequestReader(const HttpLimits &limits)
    : m_limits(limits)
{}

HttpRequestReader::Status HttpRequestReader::fail(int status)
{
    m_phase = Phase::Failed;
    m_errorStatus = status;
    m_buffer.clear();
    m_request = {};
    return Status::Failed;
}

HttpRequestReader::Status HttpRequestReader::feed(const QByteArray &bytes)
{
    if (m_phase == Phase::Failed)
        return Status::Failed;
    m_buffer.append(bytes);
    for (;;) {
        const Phase before = m_phase;
        Status status = Status::Incomplete;
        switch (m_phase) {
        case Phase::Headers:
            status = readHeaders();
            break;
        case Phase::Body:
            status = readBody();
            break;
        case Phase::ChunkSize:
            status = readChunkSize();
            break;
        case Phase::ChunkData:
            status = readChunkData();
            break;
        case Phase::Trailers:
            status = readTrailers();
            break;
        case Phase::Done:
            return Status::Complete;
        case Phase::Failed:
            return Status::Failed;
        }
        if (status != Status::Incomplete || m_phase == before)
            return status;
    }
}

HttpRequestReader::Status HttpRequestReader::readHeaders()
{
    const int end = int(m_buffer.indexOf("\r\n\r\n", qMax(0, m_scanFrom - 3)));
    if (end < 0) {
        m_scanFrom = int(m_buffer.size());
        return m_buffer.size() > m_limits.maxHeaderBytes ? fail(431) : Status::Incomplete;
    }
    if (end + 4 > m_limits.maxHeaderBytes)
        return fail(431);
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);
    m_scanFrom = 0;
    if (!parseHead(head))
        return Status::Failed;
    if (m_phase == Phase::Headers) {
        m_phase = Phase::Done;
        return Status::Complete;
    }
    return Status::Incomplete;
}

bool HttpRequestReader::parseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (int i = 0; i < lines.size() - 1; ++i) {
        if (!lines[i].endsWith('\r')) {
            fail(400); // a bare LF
            return false;
        }
        lines[i].chop(1);
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || !allOf(requestLine.at(0), isUpper) || !requestLine.at(1).startsWith('/')
        || (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0")) {
        fail(400);
        return false;
    }
    m_request.method = requestLine.at(0);
    m_target = requestLine.at(1);
    m_close = requestLine.at(2) == "HTTP/1.0";
    bool hasLength = false;
    bool chunked = false;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const int colon = int(line.indexOf(':'));
        if (colon <= 0 || !allOf(line.left(colon), isTokenChar)) {
            fail(400); // also folded lines and spaces before the colon
            return false;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            // Digits only; more than 18 of them would overflow; two different lengths are a smuggling try.
            bool ok = false;
            const qint64 length = value.size() <= 18 && allOf(value, isDigit) ? value.toLongLong(&ok) : -1;
            if (!ok || (hasLength && length != m_bodyLength)) {
                fail(400);
                return false;
            }
            hasLength = true;
            m_bodyLength = length;
        } else if (name == "transfer-encoding") {
            if (value.toLower() != "chunked" || chunked) {
                fail(501);
                return false;
            }
            chunked = true;
        } else if (name == "connection") {
            const QByteArray option = value.toLower();
            if (option.contains("close"))
                m_close = true;
            else if (option.contains("keep-alive"))
                m_close = false;
        }
        m_request.headers.insert(name, value);
    }
    if (chunked && hasLength) {
        fail(400);
        return false;
    }
    if (m_bodyLength > m_limits.maxBodyBytes) {
        fail(413);
        return false;
    }
    if (chunked)
        m_phase = Phase::ChunkSize;
    else if (m_bodyLength > 0)
        m_phase = Phase::Body;
    return true;
}

HttpRequestReader::Status HttpRequestReader::readBody()
{
    if (m_buffer.size() < m_bodyLength)
        return Status::Incomplete;
    m_request.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_phase = Phase::Done;
    return Status::Complete;
}

HttpRequestReader::Status HttpRequestReader::readChunkSize()
{
    const int end = int(m_buffer.indexOf("\r\n"));
    if (end < 0)
        return m_buffer.size() > kMaxChunkLine ? fail(400) : Status::Incomplete;
    QByteArray line = m_buffer.left(end);
    m_buffer.remove(0, end + 2);
    const int extension = int(line.indexOf(';'));
    if (extension >= 0)
        line.truncate(extension);
    line = line.trimmed();
    if (line.size() > 8 || !allOf(line, isHexDigit))
        return fail(400);
    const qint64 size = line.toLongLong(nullptr, 16);
    if (m_request.body.size() + size > m_limits.maxBodyBytes)
        return fail(413);
    if (size == 0) {
        m_phase = Phase::Trailers;
    } else {
        m_chunkLeft = size;
        m_phase = Phase::ChunkData;
    }
    return Status::Incomplete;
}

HttpRequestReader::Status HttpRequestReader::readChunkData()
{
    if (m_buffer.size() < m_chunkLeft + 2)
        return Status::Incomplete;
    if (m_buffer.mid(m_chunkLeft, 2) != "\r\n")
        return fail(400);
    m_request.body.append(m_buffer.left(m_chunkLeft));
    m_buffer.remove(0, m_chunkLeft + 2);
    m_chunkLeft = 0;
    m_phase = Phase::ChunkSize;
    return Status::Incomplete;
}

HttpRequestReader::Status HttpRequestReader::readTrailers()
{
    for (;;) {
        const int end = int(m_buffer.indexOf("\r\n"));
        if (end < 0) {
            return m_trailerBytes + m_buffer.size() > m_limits.maxHeaderBytes ? fail(431)
                                                                              : Status::Incomplete;
        }
        m_trailerBytes += end + 2;
        if (m_trailerBytes > m_limits.maxHeaderBytes)
            return fail(431);
        m_buffer.remove(0, end + 2);
        if (end == 0) { // trailers are read and ignored
            m_phase = Phase::Done;
            return Status::Complete;
        }
    }
}

HttpRequest HttpRequestReader::takeRequest()
{
    HttpRequest request = std::move(m_request);
    const QUrl url = QUrl::fromEncoded(m_target);
    request.path = url.path();
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        QByteArray form = request.body;
        form.replace('+', ' ');
        request.form = QUrlQuery(QString::fromLatin1(form));
    }
    m_request = {};
    m_target.clear();
    m_bodyLength = 0;
    m_chunkLeft = 0;
    m_trailerBytes = 0;
    m_phase = Phase::Headers;
    return request;
}

} // namespace LeadBridge
