//! The action plan in meeting mode: ideas from this meeting (bottlenecks the roles marked,
//! the ladder, the pyramid's gap) one tap from an action, a field for a new one, and the
//! plan a few actions per page.

use leptos::prelude::*;

use crate::i18n::tables::{ActionsText as A, LadderText as L, MeetingText as M};
use crate::i18n::words::{rung_name, shift_sentence};
use crate::i18n::{fill, source};
use crate::model::action::{self, ActionOrigin};
use crate::model::framework::framework;
use crate::model::pyramid::{gap_to, Scenario};
use crate::ui::actions::item::ActionItem;
use crate::ui::state::meeting::step_page;
use crate::ui::state::new_action::{add_action, kept_new_action};
use crate::ui::state::{use_tr, OpenSession};
use crate::ui::widgets::text_field::TextField;

/// Actions shown per page.
const PER_PAGE: usize = 2;

/// One idea: the action's text and where it comes from.
#[derive(Clone, Debug, PartialEq)]
struct Idea {
    what: String,
    origin: ActionOrigin,
}

/// The actions step of a meeting.
#[component]
pub fn ActionsMeeting() -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let new_what = kept_new_action(open, "new-action");
    let ids = Memo::new(move |_| {
        open.with(|s| {
            let mut plan = s.actions.clone();
            action::sort_by_due(&mut plan);
            plan.into_iter().map(|a| a.id).collect::<Vec<_>>()
        })
    });
    // Page 0 is for new actions; then the plan, a few at a time.
    let page = step_page(move || 1 + ids.with(Vec::len).div_ceil(PER_PAGE) as u16);
    let ideas = Memo::new(move |_| {
        let lang = tr.lang();
        open.with(|s| {
            let mut out = Vec::new();
            // An action says what to do: work towards the row's success factor, or, where
            // the source has none, tackle the bottleneck; never the problem alone.
            for row in s.recognition().bottleneck_rows() {
                let Some((_, _, factor)) = framework().row(row) else {
                    continue;
                };
                let what = match (
                    source::success(factor, lang),
                    source::bottleneck(factor, lang),
                ) {
                    (Some(success), _) => fill(tr.t(A::WorkTowards), &[("success", success)]),
                    (None, Some(bottleneck)) => {
                        fill(tr.t(A::Tackle), &[("bottleneck", bottleneck)])
                    }
                    (None, None) => continue,
                };
                out.push(Idea {
                    what,
                    origin: ActionOrigin::Bottleneck(row.to_string()),
                });
            }
            let team = s.ladder.overall();
            if let Some(wanted) = team.wanted.filter(|w| Some(*w) != team.now) {
                out.push(Idea {
                    what: format!("{} {}", tr.t(L::ActionClimbTo), rung_name(wanted, lang)),
                    origin: ActionOrigin::Rung(wanted),
                });
            }
            let summary = s.pyramid_summary(Scenario::Planned);
            let minutes = summary.tiers.map(|t| t.minutes);
            if let Some(shift) = gap_to(minutes, s.pyramid.target()).first() {
                out.push(Idea {
                    what: shift_sentence(shift, lang),
                    origin: ActionOrigin::Tier(shift.to),
                });
            }
            // An idea already turned into an action is not offered again.
            out.retain(|i| action::count_from(&s.actions, &i.origin) == 0);
            out.truncate(4);
            out
        })
    });
    // The ideas as the page was opened: one tapped stays in its place (marked added), so the
    // next tap never lands on an idea that slid under the finger.
    let shown_ideas = ideas.get_untracked();
    let just_added = RwSignal::new(None::<String>);
    let add = move || {
        let what = new_what.get_untracked();
        if !what.trim().is_empty() {
            add_action(open, what.trim().to_string(), ActionOrigin::Free);
            new_what.set(String::new());
        }
    };
    let on_delete = Callback::new(|_| {});
    let body = move || {
        let p = usize::from(page.get());
        if p == 0 {
            let idea_buttons = shown_ideas
                .clone()
                .into_iter()
                .enumerate()
                .map(|(i, idea)| {
                    let Idea { what, origin } = idea;
                    let label = what.clone();
                    let taken = {
                        let origin = origin.clone();
                        Signal::derive(move || {
                            open.with(|s| action::count_from(&s.actions, &origin) > 0)
                        })
                    };
                    view! {
                        <li>
                            <button type="button" class="button button--ghost actions-meeting__idea"
                                data-testid=format!("idea-{i}") disabled=taken
                                aria-pressed=move || taken.get().to_string()
                                on:click=move |_| {
                                    let id = add_action(open, what.clone(), origin.clone());
                                    just_added.set(Some(id));
                                }>
                                {move || if taken.get() { "✓ " } else { "+ " }} {label}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            // Who and when, asked in place for the idea just added.
            let added = move || {
                just_added.get().map(|id| {
                    view! {
                        <div class="actions-meeting__added" data-testid="added-action">
                            <p role="status">{tr.t(A::IdeaAdded)}</p>
                            <ul class="action-list"><ActionItem id on_delete/></ul>
                        </div>
                    }
                })
            };
            view! {
                <div class="actions-meeting__new" data-testid="meeting-actions-new">
                    <form class="actions__add" on:submit=move |ev| { ev.prevent_default(); add(); }>
                        <TextField id="action-new-what" label=A::NewWhat value=new_what/>
                        <button type="submit" class="button" data-testid="action-add">{tr.t(A::AddAction)}</button>
                    </form>
                    <h2>{tr.t(M::ActionsFrom)}</h2>
                    <ul class="actions-meeting__ideas">{idea_buttons}</ul>
                    {added}
                    <p class="actions__summary" data-testid="action-summary">
                        {move || format!("{} {}", ids.with(Vec::len), tr.t(A::CountTotal))}
                    </p>
                </div>
            }
            .into_any()
        } else {
            let from = (p - 1) * PER_PAGE;
            let shown: Vec<String> =
                ids.with(|all| all.iter().skip(from).take(PER_PAGE).cloned().collect());
            view! {
                <ul class="action-list" data-testid="action-list">
                    {shown.into_iter().map(|id| view! { <ActionItem id on_delete/> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <section class="actions-meeting" data-testid="meeting-actions">
            {body}
        </section>
    }
}
