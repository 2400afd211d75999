#include <QTest>
class PlaceholderCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_GUILESS_MAIN(PlaceholderCsv)
#include "csv_test.moc"
