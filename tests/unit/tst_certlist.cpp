// SPDX-License-Identifier: Apache-2.0
// List parsing: byte counts, the double NUL, type characters, and hostile input.
#include "certadm/certlist.h"

#include <QTest>

#include <cstring>
#include <vector>

using namespace certadm;

namespace {

std::vector<unsigned char> bytesOf(const std::u16string &units)
{
    std::vector<unsigned char> bytes(units.size() * 2);
    std::memcpy(bytes.data(), units.data(), bytes.size());
    return bytes;
}

} // namespace

class TestCertList final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typedListWithDoubleNul()
    {
        const std::u16string list = std::u16string(u"D\\\\S\\C$\\db.edb") + u'\0' +
                                    u"!\\\\S\\C$\\edb00001.log" + u'\0' + u'\0';
        const auto bytes = bytesOf(list);
        const ParsedList parsed = parseList(bytes.data(), bytes.size(), ListKind::Typed);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.entries.size(), std::size_t(2));
        QCOMPARE(parsed.entries[0].type, FileType::Database);
        QVERIFY(parsed.entries[0].name == u"\\\\S\\C$\\db.edb");
        QCOMPARE(parsed.entries[1].type, FileType::Log);
        QVERIFY(parsed.entries[1].name == u"\\\\S\\C$\\edb00001.log");
    }

    void missingFinalNulIsTolerated()
    {
        const std::u16string list = std::u16string(u"!a.log") + u'\0' + u"!b.log";
        const auto bytes = bytesOf(list);
        const ParsedList parsed = parseList(bytes.data(), bytes.size(), ListKind::Typed);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.entries.size(), std::size_t(2));
        QVERIFY(parsed.entries[1].name == u"b.log");
    }

    void neverReadsPastByteCount()
    {
        // The buffer holds more than the count says; only the counted bytes may be used.
        const std::u16string list = std::u16string(u"!a.log") + u'\0' + u"!secret.log" + u'\0';
        const auto bytes = bytesOf(list);
        const ParsedList parsed = parseList(bytes.data(), 7 * 2, ListKind::Typed);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.entries.size(), std::size_t(1));
        QVERIFY(parsed.entries[0].name == u"a.log");
        // Cut in the middle of the second name: it ends at the count.
        const ParsedList cut = parseList(bytes.data(), 10 * 2, ListKind::Typed);
        QVERIFY(cut.ok);
        QCOMPARE(cut.entries.size(), std::size_t(2));
        QVERIFY(cut.entries[1].name == u"se");
    }

    void oddByteCountIsRefused()
    {
        const auto bytes = bytesOf(std::u16string(u"!a.log") + u'\0' + u'\0');
        const ParsedList parsed = parseList(bytes.data(), bytes.size() - 1, ListKind::Typed);
        QVERIFY(!parsed.ok);
        QVERIFY(parsed.error.find("odd") != std::string::npos);
    }

    void unknownTypeIsRefused()
    {
        const auto bytes = bytesOf(std::u16string(u"Xa.log") + u'\0' + u'\0');
        const ParsedList parsed = parseList(bytes.data(), bytes.size(), ListKind::Typed);
        QVERIFY(!parsed.ok);
        QVERIFY(parsed.error.find("0x0058") != std::string::npos);
    }

    void typeWithoutNameIsRefused()
    {
        const auto bytes = bytesOf(std::u16string(u"!") + u'\0' + u'\0');
        const ParsedList parsed = parseList(bytes.data(), bytes.size(), ListKind::Typed);
        QVERIFY(!parsed.ok);
    }

    void directoryTypes()
    {
        const std::u16string list = std::u16string(1, char16_t(0x82)) + u"C:\\logs" + u'\0' +
                                    std::u16string(1, char16_t(0x83)) + u"C:\\chk" + u'\0' + u'\0';
        const auto bytes = bytesOf(list);
        const ParsedList parsed = parseList(bytes.data(), bytes.size(), ListKind::Typed);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.entries[0].type, FileType::LogDirectory);
        QCOMPARE(parsed.entries[1].type, FileType::CheckpointDirectory);
        QCOMPARE(QString::fromLatin1(fileTypeName(parsed.entries[1].type)),
                 QStringLiteral("checkpoint-directory"));
    }

    void untypedKeepsFirstCharacter()
    {
        const auto bytes = bytesOf(std::u16string(u"\\\\S\\a.crl") + u'\0' + u'\0');
        const ParsedList parsed = parseList(bytes.data(), bytes.size(), ListKind::Untyped);
        QVERIFY(parsed.ok);
        QVERIFY(parsed.entries[0].name == u"\\\\S\\a.crl");
    }

    void emptyAndNull()
    {
        QVERIFY(parseList(nullptr, 0, ListKind::Typed).ok);
        QVERIFY(parseList(nullptr, 0, ListKind::Typed).entries.empty());
        QVERIFY(!parseList(nullptr, 4, ListKind::Typed).ok);
        const auto justNul = bytesOf(std::u16string(2, u'\0'));
        const ParsedList parsed = parseList(justNul.data(), justNul.size(), ListKind::Typed);
        QVERIFY(parsed.ok);
        QVERIFY(parsed.entries.empty());
    }

    void unalignedBuffer()
    {
        const auto bytes = bytesOf(std::u16string(u"!a.log") + u'\0' + u'\0');
        std::vector<unsigned char> shifted(bytes.size() + 1);
        std::memcpy(shifted.data() + 1, bytes.data(), bytes.size());
        const ParsedList parsed = parseList(shifted.data() + 1, bytes.size(), ListKind::Typed);
        QVERIFY(parsed.ok);
        QVERIFY(parsed.entries[0].name == u"a.log");
    }
};

QTEST_APPLESS_MAIN(TestCertList)
#include "tst_certlist.moc"
