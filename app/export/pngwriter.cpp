#include "pngwriter.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace loopscope::view {

namespace {

std::uint32_t crc32(const char *data, qsizetype size, std::uint32_t crc = 0xffffffffu) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ static_cast<std::uint8_t>(data[i])) & 0xff] ^ (crc >> 8);
    return crc;
}

void put32(QByteArray &out, std::uint32_t v) {
    out.append(static_cast<char>(v >> 24));
    out.append(static_cast<char>(v >> 16));
    out.append(static_cast<char>(v >> 8));
    out.append(static_cast<char>(v));
}

void chunk(QByteArray &out, const char type[4], const char *data, qsizetype size) {
    put32(out, static_cast<std::uint32_t>(size));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data, size);
    put32(out, crc32(out.constData() + start, size + 4) ^ 0xffffffffu);
}

} // namespace

QByteArray encodePng(const QImage &source, int level) {
    const QImage image = source.convertToFormat(QImage::Format_RGB888);
    const int w = image.width(), h = image.height();
    const qsizetype rowBytes = static_cast<qsizetype>(w) * 3;
    // Each row: its filter byte, then the row. "Up" (2) when the row above is the same colour
    // mostly (timelines are horizontal bands), else "Sub" (1); both make flat runs zero.
    QByteArray raw(static_cast<qsizetype>(h) * (rowBytes + 1), Qt::Uninitialized);
    char *dst = raw.data();
    for (int y = 0; y < h; ++y) {
        const auto *row = image.constScanLine(y);
        const auto *above = y > 0 ? image.constScanLine(y - 1) : nullptr;
        if (above && std::memcmp(row, above, static_cast<std::size_t>(rowBytes)) == 0) {
            *dst++ = 2;
            std::memset(dst, 0, static_cast<std::size_t>(rowBytes));
        } else {
            *dst++ = 1;
            for (qsizetype i = 0; i < rowBytes; ++i)
                dst[i] = static_cast<char>(row[i] - (i >= 3 ? row[i - 3] : 0));
        }
        dst += rowBytes;
    }
    QByteArray zlib = qCompress(reinterpret_cast<const uchar *>(raw.constData()), raw.size(),
                                std::clamp(level, 1, 9));
    zlib.remove(0, 4); // qCompress's own length prefix; the rest is a zlib stream

    QByteArray out;
    out.reserve(zlib.size() + 64);
    out.append("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    put32(ihdr, static_cast<std::uint32_t>(w));
    put32(ihdr, static_cast<std::uint32_t>(h));
    ihdr.append(char(8)); // bit depth
    ihdr.append(char(2)); // colour type: RGB
    ihdr.append(char(0)); // deflate
    ihdr.append(char(0)); // adaptive filtering (per-row filter bytes)
    ihdr.append(char(0)); // no interlace
    chunk(out, "IHDR", ihdr.constData(), ihdr.size());
    chunk(out, "IDAT", zlib.constData(), zlib.size());
    chunk(out, "IEND", nullptr, 0);
    return out;
}

} // namespace loopscope::view
