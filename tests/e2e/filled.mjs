// A session as a real team leaves it after a long meeting, to measure the screens with more
// than the example holds: six people at the table, seven activities now and planned (moved
// and over the hours), every Raamwerk row marked by three roles (some the opposite way),
// seven rows explained in full, the ladder placed by four, ten actions with owner and date,
// and six phones' answers. In Dutch or English: the team's own texts follow the language.
import { readFileSync } from "node:fs";

const framework = JSON.parse(readFileSync(new URL("../../data/raamwerk.json", import.meta.url), "utf8"));

/** Every row id with the sides it has, in the source's order. */
export const ROWS = framework.perspectives.flatMap((p) =>
  p.themes.flatMap((t) => t.rows.map((r) => ({ id: r.id, success: !!r.success, bottleneck: !!r.bottleneck }))),
);

const TEXT = {
  nl: {
    title: "Teamoverleg jeugdhulp en passend onderwijs, tweede periode",
    school: "Openbare basisschool De Regenboog, locatie Noord (verzonnen)",
    workers: ["Schoolmaatschappelijk werker", "Jeugdhulpverlener gezinscoach"],
    organisations: ["Jeugdteam Noord (verzonnen)", "Zorgaanbieder Samen Sterk (verzonnen)"],
    activities: [
      "Lessen sociale weerbaarheid met de leerkrachten van groep 5 en 6",
      "Ouderavonden opvoeden, welbevinden en mediagebruik",
      "Kanjertraining in alle groepen samen met de leerkracht",
      "Groepje faalangstreductie en zelfvertrouwen groep 7 en 8",
      "Weerbaarheidsgroep voor leerlingen na een scheiding",
      "Individuele trajecten gedrag en thuissituatie",
      "Intensieve gezinsbegeleiding bij schoolverzuim",
    ],
    groups: ["groep 5 en 6", "alle groepen", "alle groepen", "groep 7 en 8", "groep 4 tot en met 8", "enkele leerlingen", "twee gezinnen"],
    goal: "Leerlingen kunnen hun grenzen aangeven en weten bij wie ze terechtkunnen; leerkrachten herkennen signalen eerder.",
    answers: [
      "Omdat informatie over een leerling pas weken later bij de leerkracht komt, en dan vaak via de ouders.",
      "De leerkracht, de intern begeleider, de jeugdhulpverlener en soms de ouders van de leerling.",
      "Afspraken uit een gesprek met ouders worden niet teruggekoppeld, zodat de leerkracht het niet weet.",
      "Vooral bij de overdracht tussen de groepen en in de gesprekken over een leerling na schooltijd.",
      "Na een gesprek met ouders en bij het begin van een nieuw traject, als niemand weet wie wat doet.",
      "Iedereen gaat ervan uit dat een ander het doorgeeft; pas bij een incident blijkt dat niemand het deed.",
    ],
    actions: [
      "Na elk oudergesprek binnen twee dagen een korte terugkoppeling aan de leerkracht sturen",
      "Een vast moment per maand voor overleg tussen leerkrachten en de jeugdhulpverlener inplannen",
      "Twee uur individuele trajecten omzetten naar een groepsaanbod voor groep 7 en 8",
      "De taakverdeling tussen intern begeleider en jeugdhulpverlener op één A4 zetten en delen",
      "Met de directeur de uren voor het schooljaar 2027-2028 vastleggen in het jaarplan",
      "Een ouderavond over mediagebruik organiseren met de gezinscoach en twee leerkrachten",
      "Signalenlijst voor leerkrachten maken en bespreken in de teamvergadering van februari",
      "Evaluatie van de kanjertraining met leerlingen van groep 6 en hun leerkrachten",
      "De route bij schoolverzuim samen met leerplicht en jeugdteam op papier zetten",
      "Nagaan welke leerlingen baat hebben bij de weerbaarheidsgroep na een scheiding",
    ],
    ladderNote: "We willen van afstemmen naar echt samen plannen, met één gezamenlijk plan per leerling.",
  },
  en: {
    title: "Team meeting on youth care and inclusive education, second term",
    school: "De Regenboog public primary school, North site (made up)",
    workers: ["School social worker", "Youth care worker and family coach"],
    organisations: ["North youth team (made up)", "Stronger Together care provider (made up)"],
    activities: [
      "Social resilience lessons with the teachers of years 5 and 6",
      "Parent evenings on parenting, wellbeing and media use",
      "Kanjer training in every class together with the teacher",
      "Small group on fear of failure and self-confidence, years 7 and 8",
      "Resilience group for pupils whose parents separated",
      "Individual support for behaviour and the situation at home",
      "Intensive family support for school absence",
    ],
    groups: ["years 5 and 6", "all classes", "all classes", "years 7 and 8", "years 4 to 8", "a few pupils", "two families"],
    goal: "Pupils can say where their limits are and know whom to turn to; teachers notice signals sooner.",
    answers: [
      "Because information about a pupil reaches the teacher only weeks later, and then often through the parents.",
      "The teacher, the special needs coordinator, the youth care worker and sometimes the pupil's parents.",
      "Agreements from a conversation with parents are not passed on, so the teacher does not know them.",
      "Mostly at the handover between classes and in the talks about a pupil after school hours.",
      "After a conversation with parents and at the start of new support, when nobody knows who does what.",
      "Everyone assumes someone else passes it on; only after an incident does it turn out nobody did.",
    ],
    actions: [
      "Send the teacher a short summary within two days of every conversation with parents",
      "Schedule a fixed monthly moment for teachers and the youth care worker to meet",
      "Turn two hours of individual support into a group offer for years 7 and 8",
      "Put the division of tasks between coordinator and youth care worker on one page and share it",
      "Agree with the head teacher on the hours for the school year 2027-2028 in the annual plan",
      "Organise a parent evening on media use with the family coach and two teachers",
      "Make a list of signals for teachers and discuss it in the February team meeting",
      "Evaluate the Kanjer training with the pupils of year 6 and their teachers",
      "Write down the route for school absence together with the attendance officer and youth team",
      "Find out which pupils would benefit from the resilience group after a separation",
    ],
    ladderNote: "We want to move from coordinating to truly planning together, with one shared plan per pupil.",
  },
};

const ROLES = ["Teacher", "CareCoordinator", "YouthWorker"];
const TIERS = ["Universal", "Universal", "Universal", "Targeted", "Targeted", "Individual", "Individual"];
// Planned: two cards moved down the pyramid, hours shifted; 12,25 hours of 12 in all.
const PLANNED_TIERS = ["Universal", "Universal", "Universal", "Targeted", "Universal", "Targeted", "Individual"];
const NOW_MINUTES = [120, 60, 90, 90, 60, 180, 120];
const PLANNED_MINUTES = [150, 75, 120, 105, 90, 105, 90];

/** The filled session's stored envelope (format version 2) in `lang` ("nl" or "en"). */
export function filledSession(lang = "nl", id = "vol") {
  const t = TEXT[lang];
  const activity = (i, tier, minutes) => ({
    id: i + 2,
    title: t.activities[i],
    tier,
    weekly_minutes: minutes,
    start: "2026-09-01",
    weeks: 30,
    workers: i % 3 === 2 ? [0, 1] : [i % 2],
    others: i % 2 ? ["Teacher", "Parent"] : ["Teacher"],
    group: t.groups[i],
    pupils_reached: [52, 240, 240, 12, 9, 4, 3][i],
    goal: t.goal,
    status: ["Running", "Planned", "Running", "Running", "Planned", "Running", "Done"][i],
    evaluation: { score: i % 2 ? null : 4, note: "" },
  });
  // Every row by three roles; where one sees a success factor another may see a bottleneck.
  const marks = [];
  ROWS.forEach((row, i) => {
    ROLES.forEach((role, r) => {
      const success = row.success && (i + r) % 3 !== 0;
      const bottleneck = row.bottleneck && ((i + r) % 3 === 0 || (i % 5 === 0 && r === 2));
      if (success || bottleneck) marks.push({ row: row.id, role, success, bottleneck });
    });
  });
  const explained = ROWS.filter((r) => r.bottleneck).slice(0, 7).map((r) => r.id);
  const explanations = Object.fromEntries(
    explained.map((row) => {
      const [why, who, what, where, when, how] = t.answers;
      return [row, { why, who, what, where, when, how }];
    }),
  );
  const origins = [
    { Bottleneck: explained[0] },
    { Bottleneck: explained[1] },
    { Tier: "Targeted" },
    { Bottleneck: explained[2] },
    { Rung: "Collaboration" },
    "Free",
    { Bottleneck: explained[3] },
    { Tier: "Universal" },
    { Bottleneck: explained[4] },
    "Free",
  ];
  const owners = ["YouthWorker", "CareCoordinator", "CareCoordinator", "SchoolLeader", "SchoolLeader", "YouthWorker", "CareCoordinator", "Teacher", "CareCoordinator", "YouthWorker"];
  const actions = t.actions.map((what, i) => ({
    id: `vol-actie-${i + 1}`,
    what,
    owner: owners[i],
    due: `2027-0${1 + (i % 6)}-${String(10 + i).padStart(2, "0")}`,
    status: ["Open", "InProgress", "Open", "Done", "Open", "InProgress", "Open", "Open", "InProgress", "Open"][i],
    origin: origins[i],
  }));
  const phone = (n, role, rows, now, wanted) => ({
    id: 1000 + n,
    role,
    marks: rows.map(([row, success, bottleneck]) => ({ row, success, bottleneck })),
    now,
    wanted,
  });
  const answers = {
    round: { tag: 70001, lang, asks: { marks: true, ladder: true } },
    items: [
      phone(1, "Teacher", [[explained[0], false, true], ["of.leiderschap.1", false, true]], "Coordination", "Collaboration"),
      phone(2, "Teacher", [[explained[0], false, true], ["ih.reflectie.1", true, false]], "Coordination", "Integration"),
      phone(3, "Parent", [["pd.monitoring.1", true, false]], "Cooperation", "Collaboration"),
      phone(4, "Parent", [[explained[1], false, true]], "Coordination", "Collaboration"),
      phone(5, null, [["of.leiderschap.1", false, true]], "Cooperation", "Coordination"),
      phone(6, "SchoolLeader", [["of.nabijheid.1", true, false]], "Coordination", "Collaboration"),
    ],
  };
  const data = {
    id,
    title: t.title,
    school: t.school,
    date: "2026-11-24",
    school_year: "2026-2027",
    pupil_count: 240,
    participants: ["Teacher", "Teacher", "CareCoordinator", "YouthWorker", "SchoolLeader", "Parent"].map((role) => ({ role, name: "" })),
    notes: "",
    created_ms: 1795996800000,
    updated_ms: 1796000400000,
    revision: 1,
    pyramid: {
      workers: t.workers.map((name, i) => ({ id: i, name, organisation: t.organisations[i], weekly_minutes: [480, 240][i] })),
      target: { universal: 50, targeted: 35, individual: 15 },
      current: TIERS.map((tier, i) => activity(i, tier, NOW_MINUTES[i])),
      planned: PLANNED_TIERS.map((tier, i) => activity(i, tier, PLANNED_MINUTES[i])),
    },
    analysis: { marks, explanations, priorities: explained.slice(0, 3) },
    ladder: {
      entries: [
        { role: null, now: "Coordination", wanted: "Integration" },
        { role: "Teacher", now: "Cooperation", wanted: "Collaboration" },
        { role: "YouthWorker", now: "Coordination", wanted: "Integration" },
        { role: "CareCoordinator", now: "Coordination", wanted: "Collaboration" },
      ],
      note: t.ladderNote,
    },
    actions,
    answers,
  };
  return { format: "samen-doen", version: 2, kind: "session", data };
}

/**
 * The meeting the report's one-more-page promise is made for (as the team tried it): twelve
 * rows marked, seven of them explained in full, three seen oppositely, six actions.
 */
export function typicalSession(lang = "nl") {
  const envelope = filledSession(lang);
  const d = envelope.data;
  const explained = Object.keys(d.analysis.explanations);
  const others = ROWS.map((r) => r.id).filter((id) => !explained.includes(id)).slice(0, 5);
  const contrary = explained.slice(0, 3);
  const marked = new Set([...explained, ...others]);
  d.analysis.marks = d.analysis.marks
    .filter((m) => marked.has(m.row))
    .map((m) => (contrary.includes(m.row) || !m.bottleneck ? m : { ...m, success: false }))
    .filter((m) => m.success || m.bottleneck);
  // Rows seen only one way: drop the other way's marks so exactly three rows differ.
  const kinds = new Map();
  for (const m of d.analysis.marks) {
    const k = kinds.get(m.row) || { s: false, b: false };
    kinds.set(m.row, { s: k.s || m.success, b: k.b || m.bottleneck });
  }
  d.analysis.marks = d.analysis.marks.filter((m) => {
    const k = kinds.get(m.row);
    return contrary.includes(m.row) || !(k.s && k.b) || m.bottleneck;
  });
  d.actions = d.actions.slice(0, 6);
  d.answers = { items: [] };
  return envelope;
}

/**
 * Stores the filled session in `lang` (with the app's language and smartboard setting) before
 * the app starts in `ctx`, so a page opened there finds it.
 */
export async function storeFilled(ctx, lang = "nl", smartboard = true, envelope = filledSession(lang)) {
  await ctx.addInitScript(
    ([envelope, lang, smartboard]) => {
      // Only in the app's pages (not about:blank, which has no storage), once per context: a
      // reload must not undo what the test changed since.
      if (location.protocol !== "http:" || localStorage.getItem("samen-doen/v1/session/vol")) return;
      const d = envelope.data;
      localStorage.setItem(`samen-doen/v1/session/${d.id}`, JSON.stringify(envelope));
      localStorage.setItem(
        "samen-doen/v1/index",
        JSON.stringify([{ id: d.id, title: d.title, school: d.school, created_ms: d.created_ms, date: d.date, updated_ms: d.updated_ms }]),
      );
      localStorage.setItem("samen-doen/v1/settings", JSON.stringify({ language: lang, smartboard, last_open: d.id }));
    },
    [envelope, lang, smartboard],
  );
}
