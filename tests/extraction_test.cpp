#include <QTest>
class PlaceholderExtraction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_GUILESS_MAIN(PlaceholderExtraction)
#include "extraction_test.moc"
