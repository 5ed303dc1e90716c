#pragma once

#include <QByteArray>

#include "localhttpserver.h"

namespace LeadBridge {

/// Limits of one request read by the product endpoint.
struct HttpLimits
{
    int maxHeaderBytes = 8 * 1024; ///< request line and headers (answer 431)
    int maxBodyBytes = 64 * 1024; ///< body, chunked or not (answer 413)
    int readTimeoutMs = 10 * 1000; ///< a request must arrive within this (answer 408)
    int maxConnections = 64; ///< open connections; the oldest unfinished one gives way to a new one
};

/// Strict, incremental HTTP/1.x request reader for an endpoint on the internet. Each byte is looked
/// at a bounded number of times and nothing beyond the limits is kept: a request whose headers exceed
/// the header limit is refused with 431 as soon as that is known, a body over the limit with 413, a
/// bad Content-Length (not digits, overflowing, contradicting) or bad chunked framing with 400.
/// Content-Length and chunked bodies are understood.
class HttpRequestReader
{
public:
    enum class Status {
        Incomplete, ///< feed more bytes
        Complete, ///< takeRequest() gives it; bytes after it stay for the next request
        Failed, ///< answer errorStatus() and close the connection
    };

    explicit HttpRequestReader(const HttpLimits &limits = {});

    /// Appends @p bytes and reads as far as possible.
    Status feed(const QByteArray &bytes);
    /// The complete request; the reader then continues with the bytes that followed it.
    [[nodiscard]] HttpRequest takeRequest();
    [[nodiscard]] int errorStatus() const { return m_errorStatus; }
    /// Nothing of a next request has arrived yet.
    [[nodiscard]] bool isIdle() const { return m_phase == Phase::Headers && m_buffer.isEmpty(); }
    /// The client asked to close after the answer (HTTP/1.0 or `Connection: close`).
    [[nodiscard]] bool wantsClose() const { return m_close; }

private:
    enum class Phase { Headers, Body, ChunkSize, ChunkData, Trailers, Done, Failed };

    Status fail(int status);
    Status readHeaders();
    Status readBody();
    Status readChunkSize();
    Status readChunkData();
    Status readTrailers();
    bool parseHead(const QByteArray &head);

    HttpLimits m_limits;
    Phase m_phase = Phase::Headers;
    QByteArray m_buffer;
    int m_scanFrom = 0; ///< where the search for the end of the headers resumes
    qint64 m_bodyLength = 0;
    qint64 m_chunkLeft = 0;
    int m_trailerBytes = 0;
    bool m_close = false;
    int m_errorStatus = 0;
    HttpRequest m_request;
    QByteArray m_target;
};

} // namespace LeadBridge
