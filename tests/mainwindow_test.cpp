#include <QTest>
class PlaceholderMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_MAIN(PlaceholderMainWindow)
#include "mainwindow_test.moc"
