"""The ▲/▼ tag of an event's tone, written once for every page (its rule is `Event.tone`)."""

from django import template

register = template.Library()


@register.inclusion_tag("tone_tag.html")
def tone_tag(event, label: str = ""):
    """A coloured "▲ verbal cooperation" or "▼ material conflict" (or the `label` given);
    nothing for an unclassified event."""
    return {"tone": event.tone, "label": label or event.get_quad_class_display()}
