#include "office/ZipArchive.h"

#include <QCoreApplication>

#include <minizip/unzip.h>
#include <zlib.h>

#include <cstring>

namespace rl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::ZipArchive", text);
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(QString::number(double(bytes) / 1024.0, 'f', 1));
    return tr("%1 MB").arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

} // namespace

// The zip bytes as a seekable stream for minizip's file callbacks.
struct ZipMemoryStream
{
    const char *data = nullptr;
    qint64 size = 0;
    qint64 pos = 0;
};

namespace {

voidpf ZCALLBACK memOpen(voidpf opaque, const void *, int)
{
    return opaque; // the stream itself: there is nothing to open
}

uLong ZCALLBACK memRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *s = static_cast<ZipMemoryStream *>(stream);
    const qint64 n = qBound<qint64>(0, s->size - s->pos, qint64(size));
    if (n > 0)
        std::memcpy(buf, s->data + s->pos, size_t(n));
    s->pos += n;
    return uLong(n);
}

uLong ZCALLBACK memWrite(voidpf, voidpf, const void *, uLong)
{
    return 0; // read-only
}

ZPOS64_T ZCALLBACK memTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<ZipMemoryStream *>(stream)->pos);
}

long ZCALLBACK memSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *s = static_cast<ZipMemoryStream *>(stream);
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = s->pos; break;
    case ZLIB_FILEFUNC_SEEK_END: base = s->size; break;
    default: return -1;
    }
    // minizip passes negative relative offsets as huge unsigned values: wrap them back.
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > s->size)
        return -1;
    s->pos = target;
    return 0;
}

int ZCALLBACK memClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memError(voidpf, voidpf)
{
    return 0;
}

} // namespace

ZipArchive::ZipArchive(const QByteArray &bytes, qint64 maxEntryBytes, qint64 maxTotalBytes)
    : m_bytes(bytes)
    , m_stream(new ZipMemoryStream)
    , m_maxEntryBytes(maxEntryBytes)
    , m_maxTotalBytes(maxTotalBytes)
{
    m_stream->data = m_bytes.constData();
    m_stream->size = m_bytes.size();

    zlib_filefunc64_def io;
    io.zopen64_file = memOpen;
    io.zread_file = memRead;
    io.zwrite_file = memWrite;
    io.ztell64_file = memTell;
    io.zseek64_file = memSeek;
    io.zclose_file = memClose;
    io.zerror_file = memError;
    io.opaque = m_stream;

    unzFile zip = unzOpen2_64("memory", &io);
    if (!zip)
        return;
    m_handle = zip;

    int rc = unzGoToFirstFile(zip);
    while (rc == UNZ_OK) {
        unz_file_info64 info;
        char name[1024];
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            break;
        unz64_file_pos pos;
        if (unzGetFilePos64(zip, &pos) != UNZ_OK)
            break;
        Entry e;
        e.name = QString::fromUtf8(name, qsizetype(qstrnlen(name, sizeof name)));
        e.compressedSize = info.compressed_size;
        e.uncompressedSize = info.uncompressed_size;
        e.encrypted = (info.flag & 1) != 0;
        e.crc = quint32(info.crc);
        m_indexByKey.insert(key(e.name), int(m_entries.size()));
        m_entries.append(e);
        m_positions << pos.pos_in_zip_directory << pos.num_of_file;
        rc = unzGoToNextFile(zip);
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE) {
        // A listing that breaks off half-way is a damaged archive, not a short one.
        unzClose(zip);
        m_handle = nullptr;
        m_entries.clear();
        m_indexByKey.clear();
    }
}

ZipArchive::~ZipArchive()
{
    if (m_handle)
        unzClose(static_cast<unzFile>(m_handle));
    delete m_stream;
}

QString ZipArchive::key(const QString &name)
{
    QString k = name.toLower();
    if (k.startsWith(QLatin1Char('/')))
        k.remove(0, 1);
    return k;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_indexByKey.contains(key(name));
}

ZipArchive::Status ZipArchive::read(const QString &name, QByteArray *out)
{
    out->clear();
    m_lastErrorDetail.clear();
    if (!m_handle)
        return Status::Corrupt;
    const auto it = m_indexByKey.constFind(key(name));
    if (it == m_indexByKey.constEnd())
        return Status::NotFound;
    const int index = *it;
    const Entry &e = m_entries.at(index);
    if (e.encrypted) {
        m_lastErrorDetail = tr("%1 is encrypted").arg(e.name);
        return Status::Encrypted;
    }
    const qint64 budget = qMin(m_maxEntryBytes, m_maxTotalBytes - m_inflatedTotal);
    if (e.uncompressedSize > quint64(qMax<qint64>(budget, 0))) {
        m_lastErrorDetail = tr("%1 would inflate to %2; the limit is %3")
                                .arg(e.name, sizeText(qint64(e.uncompressedSize)), sizeText(qMax<qint64>(budget, 0)));
        return Status::TooLarge;
    }

    auto *zip = static_cast<unzFile>(m_handle);
    unz64_file_pos pos;
    pos.pos_in_zip_directory = m_positions.at(2 * index);
    pos.num_of_file = m_positions.at(2 * index + 1);
    int method = 0;
    int level = 0;
    // Raw mode: we inflate ourselves so that the real inflated size is seen, not the declared one
    // (minizip stops at the declared size, which hides how far a lying entry would go).
    if (unzGoToFilePos64(zip, &pos) != UNZ_OK || unzOpenCurrentFile2(zip, &method, &level, 1) != UNZ_OK) {
        m_lastErrorDetail = tr("cannot open %1 (damaged entry)").arg(e.name);
        return Status::Corrupt;
    }
    if (method != 0 && method != Z_DEFLATED) {
        unzCloseCurrentFile(zip);
        m_lastErrorDetail = tr("%1 uses an unsupported compression method (%2)").arg(e.name).arg(method);
        return Status::Corrupt;
    }

    z_stream inflater;
    std::memset(&inflater, 0, sizeof inflater);
    if (method == Z_DEFLATED && inflateInit2(&inflater, -MAX_WBITS) != Z_OK) {
        unzCloseCurrentFile(zip);
        m_lastErrorDetail = tr("cannot start inflating %1").arg(e.name);
        return Status::Corrupt;
    }

    QByteArray data;
    data.reserve(qsizetype(qMin<quint64>(e.uncompressedSize, 16 * 1024 * 1024)));
    char input[64 * 1024];
    char output[64 * 1024];
    Status status = Status::Ok;
    bool streamEnded = method != Z_DEFLATED;
    auto append = [&](const char *bytes, qint64 n) {
        if (data.size() + n > budget) {
            m_lastErrorDetail = tr("%1 inflates past %2").arg(e.name, sizeText(budget));
            status = Status::TooLarge;
            return false;
        }
        // Stop at the declared size: a header that lies is the mark of a bomb (or of damage).
        if (quint64(data.size() + n) > e.uncompressedSize) {
            m_lastErrorDetail = tr("%1 inflates to more than the %2 its header declares (a damaged file, or a zip bomb)")
                                    .arg(e.name, sizeText(qint64(e.uncompressedSize)));
            status = Status::Corrupt;
            return false;
        }
        data.append(bytes, qsizetype(n));
        return true;
    };
    while (status == Status::Ok) {
        const int n = unzReadCurrentFile(zip, input, sizeof input);
        if (n < 0) {
            m_lastErrorDetail = tr("%1 is damaged (read error %2)").arg(e.name).arg(n);
            status = Status::Corrupt;
            break;
        }
        if (n == 0)
            break;
        if (method != Z_DEFLATED) {
            append(input, n);
            continue;
        }
        inflater.next_in = reinterpret_cast<Bytef *>(input);
        inflater.avail_in = uInt(n);
        while (inflater.avail_in > 0 && !streamEnded && status == Status::Ok) {
            inflater.next_out = reinterpret_cast<Bytef *>(output);
            inflater.avail_out = sizeof output;
            const int rc = inflate(&inflater, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
                m_lastErrorDetail = tr("%1 is damaged (inflate error %2)").arg(e.name).arg(rc);
                status = Status::Corrupt;
                break;
            }
            const qint64 produced = qint64(sizeof output - inflater.avail_out);
            if (produced > 0 && !append(output, produced))
                break;
            if (rc == Z_STREAM_END)
                streamEnded = true;
            else if (rc == Z_BUF_ERROR && produced == 0)
                break; // needs more input
        }
    }
    // Drain what zlib still holds once all input was given.
    while (status == Status::Ok && !streamEnded) {
        inflater.next_out = reinterpret_cast<Bytef *>(output);
        inflater.avail_out = sizeof output;
        const int rc = inflate(&inflater, Z_NO_FLUSH);
        const qint64 produced = qint64(sizeof output - inflater.avail_out);
        if (produced > 0 && !append(output, produced))
            break;
        if (rc == Z_STREAM_END)
            streamEnded = true;
        else if (produced == 0)
            break;
    }
    if (method == Z_DEFLATED)
        inflateEnd(&inflater);
    unzCloseCurrentFile(zip);

    if (status == Status::Ok && (!streamEnded || quint64(data.size()) != e.uncompressedSize)) {
        m_lastErrorDetail = tr("%1 is truncated").arg(e.name);
        status = Status::Corrupt;
    }
    if (status == Status::Ok
        && crc32(0L, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())) != e.crc) {
        m_lastErrorDetail = tr("%1 is damaged (checksum mismatch)").arg(e.name);
        status = Status::Corrupt;
    }
    if (status != Status::Ok)
        return status;
    m_inflatedTotal += data.size();
    *out = std::move(data);
    return Status::Ok;
}

} // namespace rl
