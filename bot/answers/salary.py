"""Salary answers: one role, a city, a country, comparisons and rankings. Figures only from the store.

Every figure is shown with symbol and ISO code, statistic, period, scope and its document; no
currency is ever converted and no figure is derived (e.g. there is no junior figure in the documents).
"""

from __future__ import annotations

from dataclasses import replace

from bot.answers import buttons as btn
from bot.answers.chart import charts_payload
from bot.answers.context import Context, Store, base_of, default_role, senior_of, top_roles
from bot.answers.format import (
    join_words,
    plural,
    salary_figure,
    source_line,
    statistic_name,
    unique,
)
from bot.answers.salary_base import (
    NO_CONVERSION,
    Draft,
    bullet,
    country_wide,
    distinct,
    group_rows,
    labelled_role,
    named_rows,
    sole_country,
)
from bot.answers.salary_checks import answered, own_figure_line
from bot.answers.salary_compare import compare_places, compare_roles, rank_cities
from bot.answers.salary_places import advert_places, has_figures, place_lines
from bot.answers.unknown import place_note, role_note, unknown_place_reply, unknown_role_reply
from bot.core.types import Query, Reply
from bot.language import levels
from bot.store.types import PlaceRef, RoleRef, Salary

STARTING = ("starting", "minimum")


def junior_note(role: RoleRef) -> str:
    """The honest line for junior questions when the documents have no starting figure."""
    return f"The documents have no salary figure for junior {plural(role.name)}."


def starting_figures(store: Store, role: RoleRef) -> list[Salary]:
    """The role's starting / entry-level figures, else the low ends of its stated ranges, if a page has
    any."""
    figures = distinct([s for s in store.salaries(role=role.name) if s.statistic in STARTING])
    return [s for s in figures if s.statistic == STARTING[0]] or figures


CENTRAL = ("median", "average")
SAME_END = {"p90": ("p90", "maximum"), "p10": ("p10", "minimum")}
LOW_END = ("p10", "p25", "minimum")


def asked_figures(figures: list[Salary], ctx: Context) -> list[Salary]:
    """The figures of the statistic and period the question asks for ("the top 10%", "hourly")."""
    if not (ctx.statistic or ctx.period):
        return []
    stats = SAME_END.get(ctx.statistic or "", (ctx.statistic,)) if ctx.statistic else None
    found = [s for s in figures if (stats is None or s.statistic in stats)
             and (ctx.period is None or s.period == ctx.period)]
    if not found and ctx.statistic == "average":  # "what do electricians make per hour on average": the
        found = [s for s in figures if s.statistic in CENTRAL  # median, shown as the median
                 and (ctx.period is None or s.period == ctx.period)]
    central = [s for s in found if s.statistic in CENTRAL]
    return central if stats is None and central else found  # "what do they make an hour": the median


def asked_label(ctx: Context) -> str:
    """ "lowest-10-percent figures per hour": what was asked, in words."""
    stat = statistic_name(ctx.statistic) + " " if ctx.statistic else ""
    per = f" per {ctx.period}" if ctx.period else ""
    return f"{stat}figures{per}"


def role_level(store: Store, role: RoleRef, ctx: Context, d: Draft) -> None:
    """Country-wide figures for a role plus the related (senior/base) role, each labelled."""
    base = base_of(store, role)
    senior = senior_of(store, base)
    starting = starting_figures(store, base) if ctx.junior else []
    low_end = asked_figures(country_wide(store, base.name), ctx) if ctx.statistic in LOW_END else []
    if low_end and not starting:  # "what do the lowest paid make, like when starting out"
        d.add(f"{asked_label(ctx).capitalize()} for {base.name} in my documents:", low_end)
        return
    if starting:
        d.add(f"Starting figures for {base.name} in my documents:", starting)
        return
    experienced = distinct([s for s in store.salaries(role=base.name) if s.statistic == "experienced"]) \
        if _senior_without_page(store, role, ctx) else []
    if experienced:
        d.add(f"Experienced figures for {base.name} in my documents:", experienced)  # no senior role page
        return
    if ctx.junior:
        d.lines.append(junior_note(base) + " The nearest they give, the low end first:")
        for name in unique([base.name, senior.name if senior else ""]):
            for s in sorted(country_wide(store, name), key=lambda s: s.statistic not in LOW_END):
                d.lines.append(bullet(s))
                d.used.append(s)
        if not d.used:
            d.lines[-1] = junior_note(base)
        d.chart = list(d.used)
        d.closest = True
        return
    if labelled_rows(store, role, ctx, d):
        return
    own = country_wide(store, role.name)
    asked = asked_figures(own, ctx)
    if asked:
        mean = ctx.statistic != "average" or any(s.statistic == "average" for s in asked)
        heading = asked_label(ctx) if mean else asked_label(replace(ctx, statistic="median"))
        note = "" if mean else " (they give the median, not an average)"
        d.add(f"{heading.capitalize()} for {role.name} in my documents{note}:", asked)
        return
    if own and (ctx.statistic or ctx.period):
        d.lines.append(f"The documents give no {asked_label(ctx)} for {role.name}; what they give:")
        d.closest = True  # the nearest figures, not the asked ones
    if own:
        d.add(f"Salary figures for {role.name} in my documents:", own)
    else:
        d.lines.append(f"The documents give no country-wide salary figure for {role.name}.")
    other = base if role.parent else senior
    if other is not None and other.name != role.name:
        extra = country_wide(store, other.name)
        if extra:
            d.add("For comparison, a different role:", extra)
    by_city = [s for s in store.salaries(role=base.name) if s.place]
    if by_city:
        stat = "/".join(unique(s.statistic for s in by_city))
        examples = join_words(unique(s.place or "" for s in by_city)[:3])
        d.lines.append(f"I also have {stat} salaries by city (for example {examples}); "
                       "ask about a city or a country to see them.")


def pay_rows(store: Store, role: RoleRef, ctx: Context) -> list[Salary]:
    """The rows of the role's pay table that the question names ("first officer salary at a regional
    airline", "head chef salary", "what does an EIT make"), for the whole country, in the asked
    statistic and period ("head chef hourly rate")."""
    labelled = named_rows(country_wide(store, role.name, extras=True), ctx.subject + ctx.row_words)
    return asked_figures(labelled, ctx) if ctx.statistic or ctx.period else labelled


def labelled_rows(store: Store, role: RoleRef, ctx: Context, d: Draft) -> bool:
    """`pay_rows` into the draft; False if none."""
    labelled = pay_rows(store, role, ctx)
    if labelled:
        rows = join_words(unique(s.label for s in labelled))
        d.add(f"Salary figures for {role.name} ({rows}) in my documents:", labelled)
    return bool(labelled)


def compare_levels(store: Store, role: RoleRef | None, ctx: Context, d: Draft) -> bool:
    """"senior vs regular pay": the base role and its senior role side by side; False if no pair, or no
    role is named in a store of several ("does the big 4 pay trainees more": whose trainees?)."""
    base = base_of(store, role) if role else default_role(store, ctx)
    if base is None:
        return False
    senior = senior_of(store, base)
    if senior is None or senior.name == base.name:
        return False
    if ctx.junior:
        d.lines.append(junior_note(base) + " Here are the base role and the senior role:")
    compare_roles(store, [base, senior], None, d)
    return True


def _senior_without_page(store: Store, role: RoleRef, ctx: Context) -> bool:
    """A senior level is asked of a role with no senior role page: its experienced rows answer it."""
    return ctx.level in (levels.SENIOR, levels.LEAD) and senior_of(store, base_of(store, role)) is None


def _level_rows(store: Store, role: RoleRef, ctx: Context) -> bool:
    """A level is asked that the role's own figures answer (a starting or an experienced row), not a
    senior role's page."""
    return ctx.junior or _senior_without_page(store, role, ctx)


def answer_salary(store: Store, query: Query, ctx: Context) -> Reply:
    """Salary reply for ask_salary / compare_salary / followup_place / followup_role."""
    if ctx.unknown_roles and not ctx.roles:
        reply = unknown_role_reply(store, ctx.unknown_roles, "salary")
        asked = [p.name for p in ctx.places] + list(ctx.unknown_places)
        if asked:
            reply.text += f" (You asked about {', '.join(asked)}: I have no figures for that role there.)"
        return reply
    places = [p for p in ctx.places if has_figures(store, p, ctx.role)]
    no_data = list(ctx.unknown_places) + [p.name for p in ctx.places if p not in places]
    role = ctx.role
    direction = ctx.direction
    posted = advert_places(store, role, no_data) if role and no_data and not places else []
    no_data = [n for n in no_data if n not in posted]
    if no_data and not places and not direction:
        return unknown_place_reply(store, no_data, role.name if role else None)
    d = Draft()
    if posted:
        d.lines.append(f"The advert is for a job in {join_words(posted)}; the pay it gives:")
    if ctx.unknown_roles and not (role and pay_rows(store, role, ctx)):  # "clinical midwifery
        d.lines.append(role_note(ctx.unknown_roles, store))  # consultant" names the midwife's pay row
    if no_data:
        d.lines.append(place_note(no_data, store, role.name if role else None))
    compare = query.intent == "compare_salary"
    if len(places) > 1:
        missing = compare_places(store, role, places, d)
        if missing:
            d.lines.append(place_note(missing, store))
    elif len(ctx.roles) > 1:
        compare_roles(store, ctx.roles, places[0] if places else None, d)
    elif places and places[0].kind == "country" and direction:
        rank_cities(store, role, ctx.currency, places[0], direction, d)
    elif places and role is not None and sole_country(store, role, places[0]) and (
            ctx.statistic or ctx.period or _level_rows(store, role, ctx) or pay_rows(store, role, ctx)):
        role_level(store, role, ctx, d)  # "head chef salary in NZ" on an NZ page: the country adds nothing
        # ("graduate optometrist salary ireland": the starting figures, as without the country)
    elif places:
        if ctx.junior and role is not None and not starting_figures(store, role):
            d.lines.append(junior_note(role) + " The figure below is the one the documents give for "
                           f"{role.name}:")
            d.closest = True
        if not place_lines(store, role, places[0], d):
            return unknown_place_reply(store, [places[0].name], role.name if role else None)
        if role is not None and places[0].kind != "country" and not any(s.role == role.name for s in d.used):
            own = country_wide(store, role.name)
            if own:
                d.add(f"What the documents do give for {role.name}:", own)
    elif by_place := query.first("by_place"):  # "which state pays the most": no figures by state
        role = role or default_role(store, ctx)
        if role is None:
            return ask_which(store)
        if any(s.place and (p := store.resolve_place(s.place)) is not None and p.kind == "region"
               for s in store.salaries(role=role.name)):  # "best paying state for tool and die makers"
            rank_cities(store, role, ctx.currency, None, direction or "high", d, kind="region")
        elif not labelled_rows(store, role, ctx, d):  # unless it names rows: "county health dept or hospital"
            d.lines.append(f"The documents give no salary figures by {by_place}. What they do give:")
            d.closest = True
            role_level(store, role, ctx, d)
    elif query.first("by_group") and (role := role or default_role(store, ctx)) is not None and \
            group_rows(store, role, str(query.first("by_group")), direction, d):
        pass  # "which industries pay data scientists the most": the page's pay-by-industry rows
    elif direction:  # a ranking only when one is asked for: the city table is never a fallback
        rank_cities(store, role, ctx.currency, None, direction or "high", d)
    elif not (compare and ctx.level and compare_levels(store, role, ctx, d)):
        role = role or default_role(store, ctx) or labelled_role(store, ctx)
        if role is None:
            return ask_which(store)
        role_level(store, role, ctx, d)
    return finish(store, ctx, d, role, places)


def finish(store: Store, ctx: Context, d: Draft, role: RoleRef | None, places: list[PlaceRef]) -> Reply:
    """Currency note, Source line, slots, buttons and chart."""
    wanted = ctx.currency
    if wanted and not ctx.direction and any(s.currency != wanted for s in d.used):
        d.lines.append(f"You asked about {wanted}: {NO_CONVERSION} "
                       "The figures above are in the currency the documents report.")
    place_name = places[-1].name if places else None
    slots: dict[str, str] = {"topic": "salary"}
    used_roles = unique(s.role for s in d.used)
    if role is not None:
        slots["role"] = role.name
    elif len(used_roles) == 1:
        slots["role"] = used_roles[0]
    if place_name:
        slots["place"] = place_name
    buttons = btn.after_salary(slots.get("role"), place_name, other_city(store, place_name))
    if not d.used:
        return Reply(text="\n".join(d.lines), buttons=buttons, slots=slots, kind="not_covered",
                     topic="salary", roles=[role.name] if role else [])
    mine = own_figure_line(ctx, d.used)
    if mine:
        d.lines.append(mine)
    sources = d.sources()
    several = len({(s.role, s.place, s.scope) for s in d.chart}) > 1
    return Reply(text="\n".join(d.lines + [source_line(sources)]), buttons=buttons,
                 custom=charts_payload(d.chart) if several else None, slots=slots, sources=sources,
                 kind="answer" if answered(d, role, places) else "not_covered",
                 topic="salary", roles=used_roles, places=unique(s.place or "" for s in d.used),
                 figures=[{"text": salary_figure(s), "amount": s.amount, "currency": s.currency,
                           "statistic": s.statistic, "period": s.period} for s in distinct(d.used)])


def other_city(store: Store, place: str | None) -> str | None:
    """A city with data other than `place`, for the "compare" button."""
    if not place:
        return None
    return next((p.name for p in store.places(with_data=True) if p.kind == "city" and p.name != place), None)


def ask_which(store: Store) -> Reply:
    """No role could be chosen: ask which one."""
    names = [r.name for r in top_roles(store)] or [r.name for r in store.roles()]
    if not names:
        return Reply(text="My knowledge store has no career documents yet, so I have no salary figures.",
                     slots={"topic": "salary"})
    return Reply(text=f"Which role do you mean? I know about {join_words(names)}.",
                 buttons=[btn.button(n, f"How much does a {n} earn?") for n in names[:5]],
                 slots={"topic": "salary"})
