#include <QTest>
class PlaceholderModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_GUILESS_MAIN(PlaceholderModels)
#include "models_test.moc"
