"""The letters' template language: plain text with {{field}} merge fields, and nothing else.

No expression, no loop, no attribute access, no code: a template is text in which each
{{name}} from a fixed list is replaced by a value of the case. Anything else between
double braces is refused when the template is saved, with a message that says which
field is unknown and which ones exist. Paragraphs are separated by a blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.codes import ProcedureStep
from app.domain.messages import msg

PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
SUBJECT_LIMIT = 300
BODY_LIMIT = 10_000

# Merge field -> message key of its description (shown to the administrator).
MERGE_FIELDS: dict[str, str] = {
    "date": "rpt_field_date",
    "reference": "rpt_field_reference",
    "destinataire": "rpt_field_recipient",
    "adresse_logement": "rpt_field_dwelling_address",
    "residence": "rpt_field_residence",
    "nature": "rpt_field_nature",
    "faits": "rpt_field_facts",
    "date_ouverture": "rpt_field_opened_on",
    "demarches": "rpt_field_earlier_steps",
    "echeance": "rpt_field_deadline",
    "rendez_vous": "rpt_field_meeting",
    "bailleur": "rpt_field_landlord",
    "adresse_bailleur": "rpt_field_landlord_address",
    "telephone_bailleur": "rpt_field_landlord_phone",
    "signataire": "rpt_field_signatory",
    "fonction_signataire": "rpt_field_signatory_title",
}


@dataclass(frozen=True)
class LetterText:
    subject: str
    body: str


def template_errors(subject: str, body: str) -> dict[str, str]:
    """{field: message} for a template an administrator typed; empty when it is valid."""
    errors: dict[str, str] = {}
    for name, value, limit in (("subject", subject, SUBJECT_LIMIT), ("body", body, BODY_LIMIT)):
        if not value.strip():
            errors[name] = msg("required")
            continue
        if len(value) > limit:
            errors[name] = msg("too_long", length=len(value), limit=limit)
            continue
        problem = _check(value)
        if problem:
            errors[name] = problem
    if "subject" not in errors and "\n" in subject.strip():
        errors["subject"] = msg("rpt_template_subject_one_line")
    return errors


def _check(value: str) -> str | None:
    for match in PLACEHOLDER.finditer(value):
        name = match.group(1)
        if name not in MERGE_FIELDS:
            return msg("rpt_template_unknown_field", field=match.group(0),
                       known=", ".join(f"{{{{{n}}}}}" for n in MERGE_FIELDS))
    rest = PLACEHOLDER.sub("", value)
    # Other template languages' tags too: nothing here looks like code that might run.
    if any(tag in rest for tag in ("{{", "}}", "{%", "%}", "{#", "#}")):
        return msg("rpt_template_braces")
    return None


def fill(template: str, values: dict[str, str]) -> str:
    """Replace each merge field by its value. Values are inserted as text, never read again."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs: blocks separated by one or more blank lines."""
    blocks = re.split(r"\n\s*\n", body.replace("\r\n", "\n").strip())
    return [b.strip() for b in blocks if b.strip()]


# The defaults shipped with Palier, used until an administrator saves a landlord's own.
DEFAULTS: dict[ProcedureStep, dict[str, LetterText]] = {
    ProcedureStep.RULES_REMINDER: {
        "fr": LetterText(
            "Rappel au règlement intérieur — dossier {{reference}}",
            """Madame, Monsieur,

Des troubles de voisinage ({{nature}}) nous ont été signalés dans votre immeuble ({{residence}}). Selon les informations qui nous ont été rapportées, ils proviendraient de votre logement.

Nous vous rappelons que votre contrat de location et le règlement intérieur de la résidence vous obligent à user paisiblement du logement et à respecter la tranquillité de vos voisins (article 7 de la loi n° 89-462 du 6 juillet 1989).

Nous vous demandons de veiller à ce que ces troubles cessent. Sans amélioration, nous serions amenés à vous convoquer, puis à engager la suite de la procédure prévue par votre bail.

Nous restons à votre écoute au {{telephone_bailleur}} pour en parler.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.""",
        ),
        "en": LetterText(
            "Reminder of the building rules — case {{reference}}",
            """Dear Sir or Madam,

Neighbour disturbance ({{nature}}) has been reported to us at {{residence}}. According to the information we received, it comes from your home.

We remind you that your tenancy agreement and the building rules require you to use your home peacefully and to respect your neighbours' quiet enjoyment.

We ask you to make sure that this disturbance stops. Otherwise we would have to invite you to a meeting, then take the further steps your lease provides for.

You can reach us on {{telephone_bailleur}} to talk about it.

Yours faithfully,""",
        ),
    },
    ProcedureStep.SUMMONS: {
        "fr": LetterText(
            "Convocation — dossier {{reference}}",
            """Madame, Monsieur,

Malgré {{demarches}}, des troubles de voisinage ({{nature}}) continuent de nous être signalés dans votre immeuble ({{residence}}).

Nous vous prions de bien vouloir vous présenter {{rendez_vous}} dans nos locaux, {{adresse_bailleur}}, pour un entretien à ce sujet. Si vous ne pouvez pas vous libérer, merci de nous appeler au {{telephone_bailleur}} avant le {{echeance}} afin de convenir d'un autre rendez-vous.

Cet entretien a pour but de trouver avec vous une solution qui permette à chacun de vivre paisiblement dans la résidence.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.""",
        ),
        "en": LetterText(
            "Invitation to a meeting — case {{reference}}",
            """Dear Sir or Madam,

Despite {{demarches}}, neighbour disturbance ({{nature}}) is still being reported to us at {{residence}}.

Please come {{rendez_vous}} to our offices, {{adresse_bailleur}}, to talk about it. If you cannot attend, please call us on {{telephone_bailleur}} before {{echeance}} to arrange another appointment.

The purpose of this meeting is to find with you a solution that lets everyone live peacefully in the building.

Yours faithfully,""",
        ),
    },
    ProcedureStep.FORMAL_NOTICE: {
        "fr": LetterText(
            "Mise en demeure — troubles de voisinage — dossier {{reference}}",
            """Madame, Monsieur,

Malgré {{demarches}}, les troubles de voisinage ({{nature}}) qui nous sont signalés dans votre immeuble ({{residence}}), et dont votre logement serait à l'origine, se poursuivent.

Nous vous rappelons qu'en application de l'article 1728 du Code civil et de l'article 7 b) de la loi n° 89-462 du 6 juillet 1989, le locataire est tenu d'user paisiblement des locaux loués.

Par la présente, nous vous mettons en demeure de faire cesser ces troubles dès réception de ce courrier, et au plus tard le {{echeance}}.

À défaut, nous nous verrons contraints de saisir le tribunal judiciaire afin de demander la résiliation de votre bail et votre expulsion.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.""",
        ),
        "en": LetterText(
            "Formal notice — neighbour disturbance — case {{reference}}",
            """Dear Sir or Madam,

Despite {{demarches}}, the neighbour disturbance ({{nature}}) reported to us at {{residence}}, which is said to come from your home, continues.

We remind you that the law requires a tenant to use the rented premises peacefully.

We hereby give you formal notice to stop this disturbance on receipt of this letter, and by {{echeance}} at the latest.

Failing that, we will have to apply to the court for the termination of your lease.

Yours faithfully,""",
        ),
    },
}


def default_template(kind: ProcedureStep, lang: str = "fr") -> LetterText:
    return DEFAULTS[kind]["en" if lang == "en" else "fr"]
