// File > Generate from Spec as a form: system, nodes, fabrics and hall as fields with the
// catalog's reference architecture shown as the defaults, the spec they make shown as JSON, and
// the generator's notes (defaults taken, halls added) shown after generating.
#include <memory>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "FileActions.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "catalog/Catalog.h"
#include "file/GenerateFromSpec.h"
#include "file/GenerateSpecForm.h"
#include "file/GenerationNotesDialog.h"
#include "generator/SpecParser.h"

namespace rw::gui::test {
namespace {

QJsonObject specOf(const GenerateSpecForm& form) { return QJsonDocument::fromJson(form.specJson().toUtf8()).object(); }

void chooseSystem(GenerateSpecForm& form, const QString& id) {
    const int at = form.system().findData(id);
    ASSERT_GE(at, 0) << id.toStdString();
    form.system().setCurrentIndex(at);
}

TEST(GenerateSpecFormTest, TheFormShowsTheReferenceArchitectureAndWritesTheSpec) {
    GenerateSpecForm form(shippedParts());
    chooseSystem(form, QStringLiteral("nvidia-dgx-h100"));
    form.nodes().setValue(31);
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));

    // The defaults: the vendor's design for the system, with its source, and the switch fields
    // set to its choices.
    EXPECT_TRUE(form.referenceText().contains(QStringLiteral("nvidia-qm9700"))) << form.referenceText().toStdString();
    EXPECT_TRUE(form.referenceText().contains(QStringLiteral("Source: NVIDIA DGX SuperPOD"))) << form.referenceText().toStdString();
    EXPECT_EQ(form.fabricSwitch(QStringLiteral("compute")).currentData().toString(), QStringLiteral("nvidia-qm9700"));
    EXPECT_EQ(form.fabricSwitch(QStringLiteral("oob")).currentData().toString(), QStringLiteral("nvidia-sn2201"));
    EXPECT_FALSE(form.fabricSwitch(QStringLiteral("compute")).isEnabled()) << "taken from the reference while it is ticked";

    QJsonObject spec = specOf(form);
    EXPECT_EQ(spec.value(QStringLiteral("compute")).toObject().value(QStringLiteral("system")).toString(), QStringLiteral("nvidia-dgx-h100"));
    EXPECT_EQ(spec.value(QStringLiteral("compute")).toObject().value(QStringLiteral("nodes")).toInt(), 31);
    EXPECT_FALSE(spec.contains(QStringLiteral("fabrics"))) << "left out: the generator takes the reference architecture";
    EXPECT_FALSE(spec.contains(QStringLiteral("hall"))) << "automatic";
    EXPECT_EQ(form.findChild<QPlainTextEdit*>(QStringLiteral("specPreview"))->toPlainText(), form.specJson()) << "the spec is shown";

    // Own fabrics: the compute fabric keeps the reference's settings (UFM, tiers) for the same
    // switch; a fabric set to none is written as false.
    form.fabricsFromReference().setChecked(false);
    EXPECT_TRUE(form.fabricSwitch(QStringLiteral("compute")).isEnabled());
    form.fabricSwitch(QStringLiteral("storage")).setCurrentIndex(0);
    form.hallAutomatic().setChecked(false);
    form.hallWidth().setValue(8);
    form.hallDepth().setValue(6);
    spec = specOf(form);
    const QJsonObject fabrics = spec.value(QStringLiteral("fabrics")).toObject();
    EXPECT_EQ(fabrics.value(QStringLiteral("compute")).toObject().value(QStringLiteral("switch")).toString(), QStringLiteral("nvidia-qm9700"));
    EXPECT_TRUE(fabrics.value(QStringLiteral("compute")).toObject().contains(QStringLiteral("ufm")));
    EXPECT_EQ(fabrics.value(QStringLiteral("storage")), QJsonValue(false));
    EXPECT_EQ(spec.value(QStringLiteral("hall")).toObject().value(QStringLiteral("width_m")).toDouble(), 8.0);
    saveScreenshot(form.grab().toImage(), QStringLiteral("generate-spec-form"));
    // What the form writes is a spec the generator takes.
    EXPECT_NO_THROW((void)parseSpecText(form.specJson().toStdString(), "form", shippedParts()));
}

TEST(GenerateSpecFormTest, GeneratingFromTheFormShowsTheGeneratorsNotes) {
    auto prompts = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts& scripted = *prompts;
    MainWindow w(std::move(prompts));
    w.useCatalog(shippedParts());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));

    GenerateSpecForm form(shippedParts());
    chooseSystem(form, QStringLiteral("nvidia-dgx-h100"));
    form.nodes().setValue(31);
    form.hallAutomatic().setChecked(false);
    form.hallWidth().setValue(8);  // 9 rack places: the SU's racks need a second hall
    form.hallDepth().setValue(6);
    scripted.specFormAnswer = form.specJson();

    GenerateFromSpec& generator = w.fileActions().generator();
    QSignalSpy finished(&generator, &GenerateFromSpec::finished);
    w.fileActions().generateAction()->trigger();
    ASSERT_TRUE(generator.isRunning()) << scripted.errors.join('\n').toStdString();
    ASSERT_TRUE(finished.wait(300'000));
    ASSERT_TRUE(finished.first().first().toBool()) << scripted.errors.join('\n').toStdString();
    EXPECT_GE(w.session().model().halls().size(), 2u);

    auto* notes = w.findChild<GenerationNotesDialog*>();
    ASSERT_NE(notes, nullptr) << "the notes are shown";
    EXPECT_TRUE(notes->isVisible());
    EXPECT_TRUE(notes->notesText().contains(QStringLiteral("reference architecture"))) << notes->notesText().toStdString();
    EXPECT_TRUE(notes->notesText().contains(QStringLiteral("halls were added"))) << notes->notesText().toStdString();
    QTest::qWait(50);
    saveScreenshot(notes->grab().toImage(), QStringLiteral("generate-notes"));
    notes->close();

    // A spec the generator refuses is reported naming the form's spec and the place in it.
    scripted.specFormAnswer = QStringLiteral(R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 0}})");
    scripted.unsavedAnswer = UserPrompts::UnsavedChoice::Discard;
    QSignalSpy refused(&generator, &GenerateFromSpec::finished);
    w.fileActions().generateAction()->trigger();
    if (generator.isRunning()) ASSERT_TRUE(refused.wait(60'000));
    ASSERT_EQ(scripted.errors.size(), 1);
    EXPECT_TRUE(scripted.errors.front().contains(GenerateFromSpec::formSpecName())) << scripted.errors.front().toStdString();
    EXPECT_TRUE(scripted.errors.front().contains(QStringLiteral("$.compute.nodes"))) << scripted.errors.front().toStdString();
}

}  // namespace
}  // namespace rw::gui::test
