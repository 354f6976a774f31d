#pragma once
// Shared helpers for the GUI tests: scripted answers to the file workflow's questions, sample
// projects, temporary files, and screenshot checks.
#include <filesystem>
#include <optional>
#include <string>

#include <QColor>
#include <QImage>
#include <QStringList>
#include <QTemporaryDir>

#include "UserPrompts.h"
#include "model/Model.h"

namespace rw::gui::test {

/// Answers every prompt from fields the test sets, and records what was asked.
class ScriptedPrompts final : public UserPrompts {
public:
    UnsavedChoice unsavedAnswer = UnsavedChoice::Cancel;
    QString openAnswer;  // empty = the user cancels
    QString saveAnswer;  // empty = the user cancels

    bool restoreAnswer = false;
    QString specAnswer;    // empty = the user cancels
    QString exportAnswer;  // empty = the user cancels

    QStringList errors;  // "title: message" of every error shown
    int unsavedQuestions = 0;
    int saveQuestions = 0;
    int restoreQuestions = 0;
    QStringList exportTitles;  // title of every export file question

    void showError(const QString& title, const QString& message) override { errors << title + ": " + message; }
    UnsavedChoice askUnsavedChanges(const QString&) override {
        ++unsavedQuestions;
        return unsavedAnswer;
    }
    QString chooseOpenPath() override { return openAnswer; }
    QString chooseSavePath(const QString&) override {
        ++saveQuestions;
        return saveAnswer;
    }
    bool askRestoreAutosave(const QString&, const QDateTime&) override {
        ++restoreQuestions;
        return restoreAnswer;
    }
    QString chooseSpecPath() override { return specAnswer; }
    std::optional<QString> specFormAnswer;  // set: File > Generate from Spec's form returns this spec
    SpecSource askSpec(const Catalog&, QString& spec) override {
        if (!specFormAnswer) return SpecSource::FromFile;
        spec = *specFormAnswer;
        return SpecSource::FromForm;
    }
    QString chooseExportPath(const QString& title, const QString&, const QString&) override {
        exportTitles << title;
        return exportAnswer;
    }

    bool readOnlyAnswer = false;
    bool overwriteChangedAnswer = false;
    QStringList inUseHolders;  // the holder text of every "open read-only?" question
    int overwriteChangedQuestions = 0;
    bool askOpenReadOnly(const QString&, const QString& holder) override {
        inUseHolders << holder;
        return readOnlyAnswer;
    }
    std::optional<NewHallSize> newHallAnswer = NewHallSize{};  // nullopt = the user cancels
    int newHallQuestions = 0;
    bool askNewHall(NewHallSize& size) override {
        ++newHallQuestions;
        if (newHallAnswer) size = *newHallAnswer;
        return newHallAnswer.has_value();
    }
    bool askOverwriteChangedFile(const QString&) override {
        ++overwriteChangedQuestions;
        return overwriteChangedAnswer;
    }
    QString inputAnswer;      // empty = the user cancels
    QStringList inputTitles;  // title of every "file to read" question
    QString chooseInputPath(const QString& title, const QString&) override {
        inputTitles << title;
        return inputAnswer;
    }
    QStringList reports;  // "title: summary\nreport" of every report shown
    void showReport(const QString& title, const QString& summary, const QString& report) override {
        reports << title + ": " + summary + "\n" + report;
    }
};

/// A new project with `count` compute racks in rows of 20 (up to 40 fit the default hall).
[[nodiscard]] Model projectWithRacks(int count);

[[nodiscard]] std::string readBytes(const std::filesystem::path& file);
void writeBytes(const std::filesystem::path& file, const std::string& bytes);

/// Saves `image` as RACKWEAVE_SCREENSHOT_DIR/<name>.png and returns the path.
QString saveScreenshot(const QImage& image, const QString& name);

/// Standard deviation of the pixels' grey level: ~0 for a blank image.
[[nodiscard]] double greyStdDev(const QImage& image);
/// Pixels whose hue is within `hueTolerance` degrees of `color`'s and that are about as
/// saturated: shading scales a flat-lit colour's value but keeps its hue and saturation.
[[nodiscard]] int pixelsOfHue(const QImage& image, const QColor& color, int hueTolerance = 6);
/// Pixels with (almost) exactly this colour.
[[nodiscard]] int pixelsNear(const QImage& image, const QColor& color, int tolerance = 3);

}  // namespace rw::gui::test
