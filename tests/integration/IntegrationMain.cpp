#include <gtest/gtest.h>

#include <QCoreApplication>

// GoogleTest with a Qt event loop available to every test.
int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
