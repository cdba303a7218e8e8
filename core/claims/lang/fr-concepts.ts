/**
 * French words and phrases as the English "concepts" of the cross-lingual concept model
 * (`../concepts.ts`): each line is `concept: forms`, the forms being lower-case French words
 * (`_` joins the words of a phrase, up to three), elided forms written without their apostrophe
 * (`l`, `qu`). Concepts are English words, so the model learns their weights from the English
 * CT24 data as well as from the French tuning set.
 *
 * Invariants: a form may stand for several concepts (`que`: that, than); concepts are lower
 * case; hand-written for this project (MIT), chosen from the English words that weigh most in
 * check-worthiness (`scripts/train-claims.ts` prints the concept weights it learns).
 */
export const FRENCH_CONCEPTS = `
i: je j moi
we: nous on
you: vous tu toi te
he: il lui
she: elle
they: ils elles eux
it: cela ça c
me: me m moi
my: mon ma mes
our: notre nos
your: votre vos ton ta tes
his: son sa ses
their: leur leurs
them: leur eux
this: ce cet cette ceci
that: que qu cela
these: ces
those: ceux celles
there: là y
here: ici voici
what: quoi quel quelle quels quelles
which: lequel laquelle lesquels lesquelles dont
who: qui
how: comment
why: pourquoi
when: quand lorsque lorsqu
where: où
if: si s
not: ne n pas non
no: aucun aucune nul
never: jamais
nobody: personne
nothing: rien
every: chaque tout toute
all: tous toutes tout toute
some: certains certaines quelques
any: aucun quelconque
many: beaucoup nombreux nombreuses
much: beaucoup tant
more: plus davantage
less: moins
than: que qu
very: très
too: trop aussi
just: juste seulement simplement
only: seul seule seuls seules seulement uniquement
even: même
also: aussi également
already: déjà
again: encore nouveau
now: maintenant désormais aujourd actuellement
today: aujourd
yet: encore
still: toujours encore
ever: jamais
since: depuis
before: avant
after: après
during: pendant lors
until: jusqu
ago: il_y_a
year: an année
years: ans années
month: mois
day: jour journée
week: semaine
century: siècle
time: temps fois moment
history: histoire historique
of: de d du des
in: en dans
to: à au aux
for: pour
by: par
from: depuis
on: sur
with: avec
without: sans
against: contre
under: sous
over: plus_de au-dessus
about: environ sur
between: entre
among: parmi
per: par
a: un une
the: le la les l
and: et
but: mais
or: ou
so: donc alors ainsi
because: parce car puisque puisqu
although: bien_que quoique
unless: à_moins
whether: si
as: comme
is: est
are: sont
was: était fut
were: étaient furent
be: être soit soient
been: été
has: a
have: ont avons avez ai avoir
had: avait avaient avais
did: a_fait
do: faire fais faisons font
done: faite
can: peut peuvent pouvons pouvez peux
could: pourrait pourraient pourrions pourriez pourrais pu
will: sera seront serons aura auront fera feront va vont allons ira iront ferons aurons pourrons devrons irons viendra viendront pourra pourront devra devront faudra
would: serait seraient aurait auraient ferait feraient pourrions devrions ferions
should: devrait devraient devrions devriez
must: doit doivent devons devez
may: peut-être pourrait
might: pourrait pourraient
need: besoin faut nécessaire
ought: devrait
want: veux veut voulons voulez veulent vouloir souhaite souhaitons
wants: veut souhaite
think: pense pensons pensez penser crois croyons
believe: crois croyons croire crois
feel: sens sentons sentiment
hope: espère espérons espoir espoirs
know: sais savons savez sait savent connais
guess: suppose imagine
say: dire dis disons disent
said: dit déclaré affirmé
says: dit déclare affirme
told: dit raconté
saying: disant
talk: parler parlons parle
talking: parlant parlons
talked: parlé
ask: demande demander demandons
asked: demandé
answer: réponse répondre
respond: répondre réponds
question: question
questions: questions
thank: merci remercier remercie remercions
look: regardez regardons regarder écoutez
see: voir voyons vois voit
seen: vu vue vus
go: aller allons aller
going: allons va vais vont
gone: allé allés parti
come: venir venons vient
make: faire faisons rendre
made: fait faite faits faites réalisé réalisée
give: donner donnons donne
given: donné donnée
giving: donnant
take: prendre prenons
took: pris prise
taken: pris prise
taking: prenant
got: obtenu eu
get: obtenir avoir
put: mis mettre
bring: apporter ramener
create: créer créons
develop: développer développons
build: construire bâtir
help: aider aidons aide
support: soutenir soutiens soutien soutenons soutient
supported: soutenu soutenue soutenus appuyé
opposed: opposé opposée opposés opposais oppose
fought: battu combattu battue
voted: voté votée votés votées
vote: vote votes voter votent votons scrutin
vetoed: veto
veto: veto
passed: adopté adoptée adoptés adoptées
signed: signé signée signés promulgué promulguée
proposed: proposé proposée proposés
cut: réduit réduite coupe coupes coupé réduire
cuts: coupes baisses
reduced: réduit réduite réduits diminué
increase: hausse augmentation augmenter
increased: augmenté augmentée augmentés hausse
increasing: augmente augmentent
doubled: doublé doublée
grew: progressé crû
growing: croissant progresse
lost: perdu perdue perdus
losing: perdons perdent perdant
killed: tué tués tuée tuées morts
killing: tue tuent tuant
failed: échoué échec
kept: gardé maintenu tenu
led: mené conduit
became: devenu devenue devient
found: trouvé constaté
used: utilisé utilisée utilisés
called: appelé appelée qualifié qualifiés
sent: envoyé envoyés dépêché
held: tenu détenu
paid: payé payée payés versé financé financée
pay: payer payons paient payent paie
paying: paient payons
spend: dépenser dépensons
spending: dépenses dépense
fund: fonds
funding: financement financer
money: argent fonds
dollars: dollars euros €
dollar: dollar euro
percent: pour_cent pourcent pourcentage %
million: million millions
billion: milliard milliards
trillion: billion mille_milliards
thousands: milliers
hundreds: centaines
hundred: cent cents
half: moitié demi
twice: deux_fois
two: deux
three: trois
six: six
nine: neuf
third: troisième tiers
number: nombre
numbers: chiffres
average: moyenne moyen
majority: majorité
minority: minorité
record: record bilan
rate: taux
highest: plus_haut plus_élevé
lowest: plus_bas plus_faible
largest: plus_grand plus_grande plus_important
biggest: plus_gros plus_grand
worst: pire
best: meilleur meilleure meilleurs
greatest: plus_grand
higher: plus_élevé supérieur supérieure
tax: impôt taxe fiscal fiscale
taxes: impôts taxes
debt: dette
deficits: déficits
surplus: excédent
budget: budget budgétaire
economy: économie
unemployment: chômage
employment: emploi
job: emploi travail poste
jobs: emplois
workers: travailleurs salariés ouvriers
work: travail travailler
working: travaillent travaillant
businesses: entreprises
business: entreprise affaires
companies: entreprises sociétés compagnies
banks: banques
market: marché
trade: commerce commercial commerciaux échanges
production: production
manufacturing: industrie manufacturière
incomes: revenus
income: revenu
wealthy: riches aisés
wealthiest: plus_riches
rich: riche riches
poor: pauvre pauvres
benefits: prestations avantages
insurance: assurance
care: soins santé
health: santé
loans: prêts
costs: coûts
oil: pétrole
coal: charbon
energy: énergie énergétique
water: eau
pollution: pollution
nuclear: nucléaire nucléaires
weapons: armes
guns: armes_à_feu
gun: arme
missiles: missiles
troops: troupes
war: guerre
military: militaire militaires armée
crime: criminalité crime crimes
drug: drogue stupéfiants
death: mort décès
border: frontière frontières
school: école
children: enfants
child: enfant
families: familles
family: famille
women: femmes
woman: femme
seniors: retraités
people: gens personnes population peuple
country: pays
nations: nations
state: état
states: états
government: gouvernement état
federal: fédéral fédérale
administration: administration
president: président présidente
governor: gouverneur
congress: congrès parlement
senate: sénat
court: tribunal cour justice
law: loi
bill: projet_de_loi texte
legislation: législation
amendment: amendement
constitution: constitution
commission: commission
department: ministère département
agency: agence
secretary: ministre secrétaire
program: programme
plan: plan
party: parti
republicans: républicains
public: public publique
private: privé privée
national: national nationale
foreign: étranger étrangère étrangers
world: monde mondial mondiale
america: amérique
american: américain américaine américains
europe: europe
facts: faits
true: vrai vraie
evidence: preuve preuves
study: étude
report: rapport
case: cas affaire
list: liste
issue: sujet enjeu problème
issues: enjeux sujets
values: valeurs
opportunities: opportunités chances
challenges: défis
future: avenir
freedom: liberté
strength: force
leadership: leadership direction
dream: rêve
vision: vision
together: ensemble
heart: cœur
god: dieu
life: vie
opinion: opinion avis
view: avis vue
sense: sens
important: important importante
vital: vital vitale essentiel
difficult: difficile
simple: simple
strong: fort forte
tough: dur dure
good: bon bonne bien
great: grand grande formidable
better: mieux meilleur
little: petit petite peu
big: gros grosse grand
new: nouveau nouvelle nouveaux nouvelles
old: vieux vieille ancien
different: différent différente
possible: possible
certainly: certainement
actually: en_fait réellement en_réalité
absolutely: absolument
probably: probablement
maybe: peut-être
love: aime aimer amour
wish: souhaite
glad: heureux ravi
tonight: ce_soir
night: soir nuit
way: façon manière moyen voie
thing: chose
things: choses
kind: genre sorte
something: quelque_chose
chance: chance occasion
example: exemple
course: bien_sûr
let: laissez permettez
yes: oui
yeah: ouais
well: bien eh
uh: euh
sir: monsieur
mr: m. monsieur
taxpayer: contribuable
taxpayers: contribuables
soldiers: soldats militaires
teachers: enseignants professeurs
schools: écoles
students: étudiants élèves
education: éducation enseignement
deficit: déficit
police: police policiers gendarmes
prison: prison détenus
terrorists: terroristes
terrorism: terrorisme
iraq: irak
iran: iran
russia: russie
china: chine
israel: israël
syria: syrie
afghanistan: afghanistan
mexico: mexique
medicare: medicare
medicaid: medicaid
obamacare: obamacare
isis: ei daech
hospitals: hôpitaux hôpital
produced: produit produite produits
fell: baissé chuté reculé diminué tombé tombée
created: créé créée créés créées
closed: fermé fermée fermés fermées
raised: relevé relevée
approved: approuvé approuvée approuvés
rejected: rejeté rejetée rejetés
banned: interdit interdite interdits
announced: annoncé annoncée annonce
confirmed: confirmé confirmée
according: selon d_après
estimated: estimé estimée estime
recognized: reconnu reconnue
invest: investir investissons
investments: investissements
lobbyists: lobbyistes
interests: intérêts
nation: nation
deal: accord
deals: accords
agreement: accord
treaty: traité
sanctions: sanctions
elections: élections élection
voters: électeurs
minister: ministre
ministry: ministère
parliament: parlement assemblée
senators: sénateurs
members: membres députés
judges: juges magistrats
victims: victimes
attack: attaque attentat attentats
points: points
times: fois
prices: prix tarifs
inflation: inflation
growth: croissance
poverty: pauvreté
immigration: immigration migrants
climate: climat
emissions: émissions
first: premier première premiers premières
exactly: exactement
consistently: constamment
largely: largement
literally: littéralement
abroad: étranger
muslims: musulmans
muslim: musulman musulmane musulmanes
african: afro-américain afro-américains africain
economic: économique économiques
insulted: insulté insultée
stories: histoires
debunked: démenties démenti démentis
opposition: opposition
protect: protéger protégeons protège
balance: équilibrer équilibrons
murder: assassine assassiner meurtre
hate: haine
one: un une
us: nous
am: suis
at: à
out: hors dehors
an: un une
up: hausse
like: comme aime aimons
right: droit droits raison
other: autre autres
down: baisse
back: retour revenir
sure: sûr sûre certain
last: dernier dernière derniers dernières
senator: sénateur sénatrice
lot: beaucoup
does: fait
security: sécurité
four: quatre
same: même mêmes
tell: dire dites disons
able: capable capables pu
doing: faisons faisant
own: propre propres
being: étant
keep: garder gardons maintenir
most: plupart
off: hors
him: lui le
middle: milieu moyenne moyennes
through: par travers grâce
americans: américains
policy: politique
making: faisant
around: autour environ
point: point
long: long longue longtemps
system: système
problem: problème
problems: problèmes
next: prochain prochaine prochains
campaign: campagne
part: partie part
really: vraiment
use: utiliser utilisons usage
social: social sociale sociaux
programs: programmes
place: place lieu
young: jeunes jeune
change: changer changement changeons
understand: comprendre comprends comprenez
means: signifie veut_dire
home: maison chez foyer foyers
went: allé allée allés
five: cinq
another: autre
power: pouvoir puissance
continue: continuer continuons continue
control: contrôle contrôler
small: petit petite petits petites
defense: défense
came: venu venue arrivé arrivée
difference: différence
peace: paix
cost: coût coûte coûté
free: libre libres gratuit
person: personne
both: deux tous_les_deux
far: loin
house: chambre maison
hard: dur difficile
republican: républicain républicaine
kids: enfants gosses
reform: réforme réformer
office: fonctions bureau
position: position
high: haut élevé élevée
man: homme
wrong: tort erreur faux
eight: huit
matter: compte importe
thought: pensé cru
election: élection
find: trouver trouvons
class: classe
move: bouger avancer
decision: décision
interest: intérêt
end: fin mettre_fin
rights: droits
agree: accord
everything: tout
whole: entier entière
respect: respect respecter
worked: travaillé
happened: arrivé passé produit
provide: fournir offrir
opportunity: chance occasion
real: réel réelle vrai
stop: arrêter arrêtons stop
clear: clair claire clairement
fight: combattre lutte lutter battre
enough: assez suffisamment
months: mois
decisions: décisions
drugs: drogues
reason: raison
democrats: démocrates
mistake: erreur
act: loi acte
raise: augmenter relever
reduce: réduire réduisons
few: peu quelques
trust: confiance
credit: crédit
ten: dix
responsibility: responsabilité
send: envoyer
tried: essayé tenté
policies: politiques
second: deuxième second seconde
left: quitté gauche
proud: fier fière fiers
forces: forces
top: sommet haut
remember: souviens rappelle
threat: menace
bad: mauvais mauvaise mal
choice: choix
political: politique politiques
force: force
serious: grave sérieux sérieuse
major: majeur majeure grand
citizens: citoyens concitoyens
always: toujours
arms: armes
situation: situation
become: devenir
college: université
running: candidat candidate
grow: croître grandir
balanced: équilibré équilibre
lower: plus_bas réduire baisser
rates: taux
safe: sûr sûrs sécurité
effort: effort
finally: enfin finalement
including: dont notamment y_compris
progress: progrès
action: action
idea: idée
fair: juste équitable
opponent: adversaire
experience: expérience
lives: vies
past: passé
special: spécial spéciale
cities: villes
afford: permettre
seven: sept
necessary: nécessaire
crisis: crise
result: résultat
instead: plutôt au_lieu
leaders: dirigeants responsables
committee: commission comité
responsible: responsable
win: gagner
millions: millions
laws: lois
level: niveau
promise: promesse promets
`;
