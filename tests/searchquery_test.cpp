#include <QTest>
class PlaceholderSearchquery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_GUILESS_MAIN(PlaceholderSearchquery)
#include "searchquery_test.moc"
