#include <QTest>
class PlaceholderImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_GUILESS_MAIN(PlaceholderImporter)
#include "importer_test.moc"
