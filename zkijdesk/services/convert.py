"""Model -> DTO conversion, done while the session is still open."""

from __future__ import annotations

from zkijdesk import models as m
from zkijdesk.domain.names import full_name
from zkijdesk.services import dto


def client_view(c: m.Client, *, with_details: bool = True) -> dto.ClientView:
    tags: tuple[dto.TagView, ...] = ()
    skills: tuple[dto.SkillView, ...] = ()
    if with_details:
        tags = tuple(
            sorted(
                (
                    dto.TagView(
                        t.target_group_id,
                        t.target_group.code,
                        t.target_group.name,
                        t.target_group.year,
                        t.tagged_on,
                    )
                    for t in c.target_groups
                ),
                key=lambda t: (-t.year, t.code),
            )
        )
        # By name, as the file lists them: the rows' order is whatever the loading query
        # (per kind of part, or joined) happened to return.
        skills = tuple(
            sorted(
                (
                    dto.SkillView(s.skill_id, s.skill.code, s.skill.name, s.evidence, s.shown_on)
                    for s in c.skills
                ),
                key=lambda s: (s.name.casefold(), s.code),
            )
        )
    return dto.ClientView(
        id=c.id,
        client_number=c.client_number or "",
        first_name=c.first_name,
        name_prefix=c.name_prefix,
        last_name=c.last_name,
        full_name=full_name(c.first_name, c.name_prefix, c.last_name),
        birth_date=c.birth_date,
        bsn=c.bsn,
        email=c.email,
        phone=c.phone,
        postcode=c.postcode,
        municipality_id=c.municipality_id,
        intake_status=c.intake_status,
        doelgroepregister=c.doelgroepregister,
        sector_id=c.sector_id,
        consent_note=c.consent_note,
        tags=tags,
        skills=skills,
        version=c.version or 1,
    )


def follow_up_view(f: m.PlacementFollowUp) -> dto.FollowUpView:
    return dto.FollowUpView(
        f.id, f.placement_id, f.months, f.due_date, f.checked_on, f.still_working
    )


def guidance_view(g: m.Guidance) -> dto.GuidanceView:
    return dto.GuidanceView(g.id, g.route_id, g.kind, g.start_date, g.end_date, g.note)


def training_view(t: m.Training) -> dto.TrainingView:
    return dto.TrainingView(
        t.id,
        t.route_id,
        t.title,
        t.provider,
        t.kind,
        t.sector_id,
        t.planned_start,
        t.planned_end,
        t.actual_start,
        t.actual_end,
        t.result,
        t.credential,
    )


def placement_view(p: m.Placement) -> dto.PlacementView:
    return dto.PlacementView(
        p.id,
        p.route_id,
        p.employer_id,
        p.vacancy_id,
        p.sector_id,
        p.contract_type,
        p.hours_per_week,
        p.start_date,
        p.end_date,
        p.banenafspraak,
        tuple(follow_up_view(f) for f in p.follow_ups),
    )


def route_view(r: m.Route, *, with_steps: bool = True) -> dto.RouteView:
    return dto.RouteView(
        id=r.id,
        client_id=r.client_id,
        coach_id=r.coach_id,
        referral_source=r.referral_source,
        intake_date=r.intake_date,
        sector_id=r.sector_id,
        project_id=r.project_id,
        closed_on=r.closed_on,
        exit_reason=r.exit_reason,
        note=r.note,
        guidances=tuple(guidance_view(g) for g in r.guidances) if with_steps else (),
        trainings=tuple(training_view(t) for t in r.trainings) if with_steps else (),
        placements=tuple(placement_view(p) for p in r.placements) if with_steps else (),
    )


def activity_view(a: m.Activity) -> dto.ActivityView:
    return dto.ActivityView(
        a.id, a.client_id, a.route_id, a.kind, a.occurred_on, a.minutes, a.note, a.author_id
    )


def task_view(t: m.Task) -> dto.TaskView:
    return dto.TaskView(
        t.id, t.client_id, t.route_id, t.follow_up_id, t.title, t.due_date, t.done_at, t.owner_id
    )


def employer_view(e: m.Employer) -> dto.EmployerView:
    return dto.EmployerView(
        e.id, e.name, e.kvk_number, e.sector_id, e.size_class, e.municipality_id, e.banenafspraak
    )


def vacancy_view(v: m.Vacancy) -> dto.VacancyView:
    return dto.VacancyView(
        id=v.id,
        employer_id=v.employer_id,
        occupation=v.occupation,
        sector_id=v.sector_id,
        hours_per_week=v.hours_per_week,
        municipality_id=v.municipality_id,
        start_date=v.start_date,
        status=v.status,
        opened_on=v.opened_on,
        closed_on=v.closed_on,
        required_skill_ids=tuple(sorted(s.skill_id for s in v.skills if s.required)),
        desired_skill_ids=tuple(sorted(s.skill_id for s in v.skills if not s.required)),
    )


def user_view(u: m.User) -> dto.UserView:
    return dto.UserView(u.id, u.username, u.display_name, u.role, u.active)
