#pragma once

#include <QWizardPage>

#include <memory>

namespace charles {

namespace Ui {
class NamePage;
}

// The wizard's first page: the token's name, required, not blank, at most
// kMaxTokenNameLength characters as the server counts them, with a live counter.
class NamePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NamePage(QWidget *parent = nullptr);
    ~NamePage() override;

    // The name as it is sent: surrounding white space removed.
    QString name() const;
    void setName(const QString &name);
    // Characters counted as the server counts them (Unicode code points).
    int nameLength() const;

    // A message from the server about the name; it stays until the name is edited.
    void setServerMessage(const QString &message);

    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onTextEdited();
    void updateState();

    std::unique_ptr<Ui::NamePage> m_ui;
    QString m_serverMessage;
    bool m_edited = false;
};

} // namespace charles
