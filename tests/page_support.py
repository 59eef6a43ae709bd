"""A page tested without the main window still gets a whole workspace.

Its task runner and event hub belong to the page itself, as the page's own runner did
before pages took a workspace: closing and deleting the page (qtbot does, after the
test) deletes them with it, so a result still queued for the page is dropped with it
instead of landing on deleted widgets (a Qt object always has a parent).
"""

from __future__ import annotations


def page_on_its_own(page_class, services, *args, **kwargs):
    from PySide6.QtCore import QObject

    from zkijdesk.views.workspace import Workspace

    holder = QObject()
    page = page_class(Workspace.standalone(services, holder), *args, **kwargs)
    holder.setParent(page)
    return page
