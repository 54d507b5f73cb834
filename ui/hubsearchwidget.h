// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace Berth::Hub {
class HubClient;
}

namespace Berth::Ui {

class HubSearchModel;

// Docker Hub's search: a field (Enter searches), the results with their official and
// verified badges, stars and pulls, official images first as Hub orders them; Enter or a
// double click on a result opens that repository. Self-contained, so the window's Sources
// tree can embed it under its Docker Hub node.
class HubSearchWidget final : public QWidget
{
    Q_OBJECT

public:
    // client: the Hub client the searches go through (anonymous is enough).
    HubSearchWidget(Hub::HubClient *client, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QTableView *resultsView() const { return m_view; }
    HubSearchModel *model() const { return m_model; }

    void search(const QString &query);

Q_SIGNALS:
    // A result was opened: its repository path ("library/nginx", "user/app").
    void repositoryOpened(const QString &repository);
    // The last search finished (its results in model(), or the error in the status line).
    void searchFinished();

private:
    void openCurrent();

    Hub::HubClient *m_client;
    QLineEdit *m_field;
    QTableView *m_view;
    HubSearchModel *m_model;
    QLabel *m_status;
    int m_generation = 0;
};

} // namespace Berth::Ui
