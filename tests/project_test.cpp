#include <QTest>
class PlaceholderProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_GUILESS_MAIN(PlaceholderProject)
#include "project_test.moc"
