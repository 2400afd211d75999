#include <QTest>
class PlaceholderCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_GUILESS_MAIN(PlaceholderCommands)
#include "commands_test.moc"
