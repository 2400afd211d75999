#include <QTest>
class PlaceholderCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_GUILESS_MAIN(PlaceholderCli)
#include "cli_test.moc"
