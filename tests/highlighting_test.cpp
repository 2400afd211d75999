#include <QTest>
class PlaceholderHighlighting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_GUILESS_MAIN(PlaceholderHighlighting)
#include "highlighting_test.moc"
