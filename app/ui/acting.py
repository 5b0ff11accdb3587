"""The follow-up services as the person at the keyboard uses them.

Until sign-in arrives, who is acting is the shell's actor with the role chosen in the
settings (a caretaker cannot override the procedure, a security officer can). Built on
the worker thread, per job: the role may change in the settings at any time, and
importing a service imports SQLAlchemy, which the start-up path must not do.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.base import Actor
    from app.services.conflicts import ConflictService
    from app.services.rules import RulesService
    from app.services.today import TodayService
    from app.services.welfare import WelfareService
    from app.ui.context import UiContext


def actor(ctx: UiContext) -> Actor:
    from app.services.base import SYSTEM

    acting = ctx.actor or SYSTEM
    # A signed-in user acts with their own role; the settings' role is the unsigned shell's.
    return acting if acting.signed_in else replace(acting, role=ctx.settings.role)


def conflicts(ctx: UiContext) -> ConflictService:
    from app.services.conflicts import ConflictService

    return ConflictService(ctx.workspace, actor(ctx))


def welfare(ctx: UiContext) -> WelfareService:
    from app.services.welfare import WelfareService

    return WelfareService(ctx.workspace, actor(ctx))


def today(ctx: UiContext) -> TodayService:
    from app.services.today import TodayService

    return TodayService(ctx.workspace, actor(ctx))


def rules(ctx: UiContext) -> RulesService:
    from app.services.rules import RulesService

    return RulesService(ctx.workspace, actor(ctx))
