#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace rl {

struct ZipMemoryStream;

// Read-only view of a zip held in memory, over minizip's unzip API (the one zip library of the program:
// libxlsxwriter links the same libminizip). Entries are inflated only up to a size budget, checked
// against the declared size before inflating and against the real size while inflating, because
// a zip bomb's headers lie.
class ZipArchive final
{
public:
    enum class Status { Ok, NotFound, TooLarge, Encrypted, Corrupt };

    struct Entry
    {
        QString name;
        quint64 compressedSize = 0;
        quint64 uncompressedSize = 0;
        bool encrypted = false;
        quint32 crc = 0;
    };

    // maxEntryBytes: refuse any single entry inflating past this; maxTotalBytes: refuse once the
    // entries read from this archive together pass this.
    explicit ZipArchive(const QByteArray &bytes, qint64 maxEntryBytes = 64LL * 1024 * 1024,
                        qint64 maxTotalBytes = 256LL * 1024 * 1024);
    ~ZipArchive();
    Q_DISABLE_COPY_MOVE(ZipArchive)

    // False when the bytes are not a readable zip (no central directory, damaged listing).
    bool isOpen() const { return m_handle != nullptr; }
    QList<Entry> entries() const { return m_entries; }
    // Part names are compared case-insensitively (as OPC does); a leading '/' is ignored.
    bool contains(const QString &name) const;
    // Inflates one entry into *out. On TooLarge/Corrupt nothing partial is returned.
    Status read(const QString &name, QByteArray *out);
    // The reason of the last non-Ok read, for messages ("declares 1 KB but inflates past 64 MB").
    QString lastErrorDetail() const { return m_lastErrorDetail; }
    qint64 inflatedTotal() const { return m_inflatedTotal; }

private:
    static QString key(const QString &name);

    QByteArray m_bytes;
    ZipMemoryStream *m_stream = nullptr;
    void *m_handle = nullptr; // unzFile
    QList<Entry> m_entries;
    QHash<QString, int> m_indexByKey;
    QList<quint64> m_positions; // unz64_file_pos, flattened: pos_in_zip_directory, num_of_file
    qint64 m_maxEntryBytes;
    qint64 m_maxTotalBytes;
    qint64 m_inflatedTotal = 0;
    QString m_lastErrorDetail;
};

} // namespace rl
