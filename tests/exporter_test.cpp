#include <QTest>
class PlaceholderExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_GUILESS_MAIN(PlaceholderExporter)
#include "exporter_test.moc"
