#include <QTest>
class PlaceholderArticlefilereader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_GUILESS_MAIN(PlaceholderArticlefilereader)
#include "articlefilereader_test.moc"
