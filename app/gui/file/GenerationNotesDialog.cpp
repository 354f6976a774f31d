#include "file/GenerationNotesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rw::gui {

GenerationNotesDialog::GenerationNotesDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("generationNotes"));
    setWindowTitle(tr("Generator's notes"));
    setModal(false);
    heading_ = new QLabel(this);
    heading_->setWordWrap(true);
    notes_ = new QPlainTextEdit(this);
    notes_->setReadOnly(true);
    notes_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(notes_, 1);
    layout->addWidget(buttons);
    resize(760, 360);
}

void GenerationNotesDialog::showNotes(const QString& source, const std::vector<std::string>& notes) {
    heading_->setText(tr("Generated from %1. The generator took these defaults and made these choices:").arg(source));
    QStringList lines;
    for (const std::string& note : notes) lines << QStringLiteral("• ") + QString::fromStdString(note);
    notes_->setPlainText(lines.join(QLatin1Char('\n')));
    show();
    raise();
}

QString GenerationNotesDialog::notesText() const { return notes_->toPlainText(); }

}  // namespace rw::gui
