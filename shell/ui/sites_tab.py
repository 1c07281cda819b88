"""Preferences ▸ Sites: add, edit, remove and test the WordPress sites."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portal.accounts import AccountError, Accounts
from portal.remote import RemoteUser
from portal.wordpress import WordPressClient
from uikit.background import BackgroundTask, TaskContext, run_in_background, show_known_errors
from uikit.outside_text import question


class SitesTab(QWidget):
    """The list of sites with a form for the selected (or a new) one.

    *waiting_for_password* (a site id to how many changes wait because the site
    refused its password) lets the form say so where the password is fixed.
    """

    sites_changed = Signal()

    def __init__(
        self,
        accounts: Accounts,
        parent: QWidget | None = None,
        *,
        waiting_for_password: Callable[[int], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._waiting_for_password = waiting_for_password
        self._editing: int | None = None
        self._test: BackgroundTask[RemoteUser] | None = None
        self.list = QListWidget(self)
        self.list.setMaximumHeight(120)
        self.list.currentItemChanged.connect(lambda *_args: self._load_selected())
        self.name_edit, self.url_edit, self.user_edit = (
            QLineEdit(self),
            QLineEdit(self),
            QLineEdit(self),
        )
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.name_label, self.url_label = QLabel(self), QLabel(self)
        self.user_label, self.password_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.url_label, self.url_edit)
        form.addRow(self.user_label, self.user_edit)
        form.addRow(self.password_label, self.password_edit)
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(not accounts.vault.persistent)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.new_button, self.save_button = QPushButton(self), QPushButton(self)
        self.remove_button, self.active_button = QPushButton(self), QPushButton(self)
        self.test_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.save_button,
            self.remove_button,
            self.active_button,
            self.test_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.new_button.clicked.connect(self.new_site)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.active_button.clicked.connect(self.make_active)
        self.test_button.clicked.connect(self.test_connection)
        self.retranslate_ui()
        self.reload()

    def reload(self) -> None:
        """Show the configured sites."""
        self.list.blockSignals(True)
        self.list.clear()
        for account in self._accounts.all():
            mark = "★ " if account.active else ""
            item = QListWidgetItem(f"{mark}{account.name} — {account.shown_url}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            if account.id == self._editing:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self._editing is None and self.list.count():
            self.list.setCurrentRow(0)
        self._load_selected()

    def _load_selected(self) -> None:
        item = self.list.currentItem()
        site_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        account = self._accounts.get(site_id) if isinstance(site_id, int) else None
        self._editing = account.id if account is not None else None
        self.name_edit.setText(account.name if account else "")
        self.name_edit.setEnabled(account is None)
        self.url_edit.setText(account.shown_url if account else "")
        self.user_edit.setText(account.username if account else "")
        self.password_edit.clear()
        has_password = account is not None and self._accounts.vault.get(account) is not None
        if not has_password:
            self.password_edit.setPlaceholderText("")
        elif self._accounts.vault.persistent:
            self.password_edit.setPlaceholderText(self.tr("(stored in the system keyring)"))
        else:
            self.password_edit.setPlaceholderText(self.tr("(kept until Newsdesk closes)"))
        self.remove_button.setEnabled(account is not None)
        self.active_button.setEnabled(account is not None and not account.active)
        self.result.clear()
        waiting = (
            self._waiting_for_password(account.id)
            if account is not None and self._waiting_for_password is not None
            else 0
        )
        problem = account.address_problem if account is not None else None
        if problem is not None:
            # Stored before addresses were checked; shown above without any user name or
            # password, so saving the form as it stands fixes it.
            fix = self.tr("This address must be fixed before the site can be used: {reason}")
            check = self.tr("Check the address above and save.")
            self.result.setText(f"✗ {fix.format(reason=problem)} {check}")
        elif waiting:
            self.result.setText(
                "✗ "
                + self.tr(
                    "The site refused this application password; {count} change(s) wait for it. "
                    "Enter the right one and save: they then go out by themselves."
                ).format(count=waiting)
            )

    def new_site(self) -> None:
        """Clear the form for a new site."""
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._editing = None
        for edit in (self.name_edit, self.url_edit, self.user_edit, self.password_edit):
            edit.clear()
        self.name_edit.setEnabled(True)
        self.name_edit.setFocus()

    def save(self) -> bool:
        """Store the form (a new site, or changes to the selected one)."""
        try:
            if self._editing is None:
                account = self._accounts.add(
                    self.name_edit.text(),
                    self.url_edit.text(),
                    self.user_edit.text(),
                    self.password_edit.text(),
                )
            else:
                account = self._accounts.update(
                    self._editing,
                    url=self.url_edit.text(),
                    username=self.user_edit.text(),
                    password=self.password_edit.text() or None,
                )
        except AccountError as error:
            # In place, under the form, where the address still shows what was typed.
            self.result.setText(
                "✗ " + self.tr("Not saved: {reason}").format(reason=self._account_message(error))
            )
            return False
        new_password = bool(self.password_edit.text())
        self.result.clear()  # a refusal shown before is answered
        self._editing = account.id
        self.reload()
        if new_password:
            self.result.clear()  # a refused password was replaced: the next sync tells
        self.sites_changed.emit()
        return True

    def remove(self) -> None:
        """Forget the selected site after asking."""
        if self._editing is None:
            return
        answer = question(
            self,
            self.tr("Remove site"),
            self.tr("Remove this site and its password? Changes not yet sent to it are dropped."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._accounts.remove(self._editing)
            self._editing = None
            self.reload()
            self.sites_changed.emit()

    def make_active(self) -> None:
        """Work with the selected site."""
        if self._editing is not None:
            self._accounts.set_active(self._editing)
            self.reload()
            self.sites_changed.emit()

    def test_connection(self) -> None:
        """Check address, login and rights with the form's values, off the GUI thread."""
        url, user = self.url_edit.text(), self.user_edit.text()
        password = self.password_edit.text()
        if not password and self._editing is not None:
            account = self._accounts.get(self._editing)
            password = (self._accounts.vault.get(account) if account else None) or ""
        try:
            from portal.accounts import normalise_site_url

            base_url = normalise_site_url(url)
        except AccountError as error:
            self.result.setText("✗ " + self._account_message(error))
            return
        self.result.setText(self.tr("Checking {url}…").format(url=base_url))
        self.test_button.setEnabled(False)

        def work(_context: TaskContext) -> RemoteUser:
            with WordPressClient(base_url, user.strip(), password.strip(), timeout=15) as client:
                return client.test_connection()

        self._test = run_in_background(
            work,
            on_success=self._tested,
            on_failure=show_known_errors(
                lambda message: self.result.setText("✗ " + message),
                first=lambda: self.test_button.setEnabled(True),
            ),
            parent=self,
        )

    def _tested(self, user: RemoteUser) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(
            "✓ "
            + self.tr("Connected as {name} ({roles}).").format(
                name=user.name, roles=", ".join(user.roles) or "—"
            )
        )

    @staticmethod
    def _account_message(error: AccountError) -> str:
        return error.user_message

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.name_label.setText(self.tr("Name:"))
        self.url_label.setText(self.tr("Address:"))
        self.user_label.setText(self.tr("User name:"))
        self.password_label.setText(self.tr("Application password:"))
        self.url_edit.setPlaceholderText("https://baotinh.vn")
        self.new_button.setText(self.tr("New site"))
        self.save_button.setText(self.tr("Save"))
        self.remove_button.setText(self.tr("Remove"))
        self.active_button.setText(self.tr("Make active"))
        self.test_button.setText(self.tr("Test connection"))
        self.keyring_note.setText(
            self.tr(
                "This computer has no system keyring, so Newsdesk keeps the password only until "
                "it closes and asks for it again at the next start. It is never written to disk."
            )
        )
