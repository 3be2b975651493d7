#include <gtest/gtest.h>

#include <QApplication>

// GoogleTest with a QApplication (offscreen in CTest) for model and widget tests.
int main(int argc, char** argv) {
    // Headless unless told otherwise, test discovery at build time included.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("paimon-catalog-browser-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
