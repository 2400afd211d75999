#include <QTest>
class PlaceholderQuotationscanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_GUILESS_MAIN(PlaceholderQuotationscanner)
#include "quotationscanner_test.moc"
