// Light and dark: the transcript's and the source's colours follow the palette, also when it
// changes while they are shown, and placeholder text stays readable on a dark base.
#include "sourcehighlighter.h"
#include "themecolours.h"
#include "transcriptview.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Mailscope;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(49, 54, 59));
    p.setColor(QPalette::Base, QColor(35, 38, 41));
    p.setColor(QPalette::Text, QColor(239, 240, 241));
    p.setColor(QPalette::WindowText, QColor(239, 240, 241));
    p.setColor(QPalette::PlaceholderText, QColor(0x60, 0x60, 0x60)); // as Qt 6.4 leaves it
    return p;
}

// The colour the text at `position` is drawn in.
QColor colourAt(QTextDocument* document, int position)
{
    const QTextBlock block = document->findBlock(position);
    for (const QTextLayout::FormatRange& range : block.layout()->formats())
        if (position - block.position() >= range.start && position - block.position() < range.start + range.length)
            return range.format.foreground().color();
    QTextCursor cursor(document);
    cursor.setPosition(position + 1);
    return cursor.charFormat().foreground().color();
}

} // namespace

class ThemeColoursTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void placeholderIsMadeReadableOnDark();
    void transcriptIsRecolouredWhenThePaletteChanges();
    void sourceHeadersAreRecolouredWhenThePaletteChanges();
};

void ThemeColoursTest::placeholderIsMadeReadableOnDark()
{
    const QPalette fixed = ThemeColours::withReadablePlaceholder(darkPalette());
    QVERIFY(qAbs(fixed.color(QPalette::PlaceholderText).lightness() - fixed.color(QPalette::Base).lightness()) >= 60);
    QVERIFY(fixed.color(QPalette::PlaceholderText).lightness() < fixed.color(QPalette::Text).lightness());
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    QCOMPARE(ThemeColours::withReadablePlaceholder(light), light);
}

void ThemeColoursTest::transcriptIsRecolouredWhenThePaletteChanges()
{
    TranscriptView view;
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    view.setPalette(light);
    const QDateTime now = QDateTime::currentDateTime();
    view.setLines({ { now, TranscriptLine::Direction::Client, "EHLO client.example" } });
    view.appendLine({ now, TranscriptLine::Direction::Server, "250 OK" });
    const int clientText = int(TranscriptView::formatLine({ now, TranscriptLine::Direction::Client, {} }).size());
    QCOMPARE(colourAt(view.document(), clientText), ThemeColours::client(light));
    view.setPalette(darkPalette());
    QCOMPARE(view.document()->blockCount(), 2);
    QCOMPARE(colourAt(view.document(), clientText), ThemeColours::client(darkPalette()));
    QVERIFY(ThemeColours::client(darkPalette()) != ThemeColours::client(light));
    const int serverText = view.document()->findBlockByNumber(1).position() + clientText;
    QCOMPARE(colourAt(view.document(), serverText), ThemeColours::server(darkPalette()));
}

void ThemeColoursTest::sourceHeadersAreRecolouredWhenThePaletteChanges()
{
    QPlainTextEdit editor;
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    editor.setPalette(light);
    new SourceHighlighter(&editor);
    editor.setPlainText(QStringLiteral("Subject: Hello\n\nbody"));
    QCOMPARE(colourAt(editor.document(), 0), ThemeColours::client(light));
    editor.setPalette(darkPalette());
    QCOMPARE(colourAt(editor.document(), 0), ThemeColours::client(darkPalette()));
}

QTEST_MAIN(ThemeColoursTest)
#include "tst_themecolours.moc"
