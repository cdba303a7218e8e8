/**
 * English sentences for the golden claims test, one per line (plus a few multi-sentence lines
 * for the splitter). Written to touch every signal and the tokeniser's edge cases: curly
 * apostrophes, capitals, accents, non-Latin letters and digits, symbols, abbreviations.
 */
export const SENTENCES_EN = `The Senate voted 52 to 48 to repeal the law in March.
Unemployment fell to 3.5 percent in 2019, according to the Labor Department.
He was the first governor to sign such a law.
I think this is a terrible idea.
I believe we can do better together.
What did you do about it?
Click here to subscribe.
Share this article with your friends.
Read more
Views: 0
It cost two million dollars.
It happened on Monday.
It is the largest plant in the world.
The governor signed the bill.
Prices rose, according to the survey.
Exports doubled compared with last year.
The plan was drafted by NATO officials.
Prices went up because of the drought.
Is it true?
Short text here.
You know it.
I was there when it happened.
The report was long and detailed.
Record 100% first-ever $5 billion law signed in 2024!
Inflation reached 9.1% in June 2022, the highest rate in four decades.
The city's population grew by 12,000 people last year.
Our opponents have never once told the truth about the budget.
We're going to win this election, and we're going to win it big.
You can't trust anything they say.
The deficit has tripled since 2008.
Crime is down 20 percent in the cities we govern.
My opponent voted against the tax cut seven times.
Let me be clear about this.
Thank you all for coming tonight.
Frankly, that is the worst deal ever negotiated.
We must protect our borders and our workers.
The company sold 4.2 million vehicles in the first quarter.
Manufacturing jobs declined by 300,000 between 2000 and 2010.
She said the hospital had run out of beds by Tuesday.
The treaty was ratified by 67 senators in 1998.
Gas prices are higher than they were a month ago.
He claimed that immigration caused the rise in crime.
The survey found that most voters oppose the plan.
Maybe we should wait and see what happens.
Perhaps the numbers will improve next quarter.
The Supreme Court ruled 6 to 3 in favour of the state.
The bill would raise the minimum wage to $15 an hour.
Medicare spending rose faster than inflation for a decade.
They've been fighting this war for twenty years.
It seems the economy is slowing down.
Honestly, I don't think anyone expected this.
We will build a wall and Mexico will pay for it.
The unemployment rate among young people is nearly double the national average.
Oil production hit a record 13 million barrels a day.
Our schools are failing our children.
The factory closed in 2015 and 800 workers lost their jobs.
China holds more than $1 trillion of U.S. debt.
The administration imposed tariffs on steel and aluminum.
This is the greatest country in the world.
Nobody has done more for veterans than I have.
I'd like to talk about health care.
Go ahead and answer the question.
Excuse me, it's my turn to speak.
Taxes on the middle class went up under his plan.
The poverty rate fell to its lowest level since 1959.
More than 40 million Americans lack health insurance.
He was convicted of fraud and sentenced to five years.
The plant emits 2 million tonnes of carbon dioxide a year.
The ministry announced new sanctions against the regime on Friday.
Wages have been flat for a decade.
That's simply not true.
We are the party of opportunity and freedom.
Together we will build a brighter future for the next generation.
Subscribe to our newsletter for the latest updates.
Follow us on Twitter.
Sign up now and get 20% off.
All rights reserved.
We use cookies to improve your experience.
Privacy Policy | Terms of Service
BREAKING NEWS: markets fall sharply
Related: How the drought hit farmers
Photo: Reuters
Updated 3 hours ago
Posted by the editors
Advertisement
Tags: economy, trade, tariffs
Read also: Five things to know about the budget
Comments (12)
Source: Bureau of Labor Statistics
See also the full report…
The story continues...
Don't miss our weekly briefing.
Let's get started.
Download the app today.
Watch the video below.
Donate to support independent journalism.
Check out our new podcast.
Visit our website for more information.
Contact us at the address below.
The average household spends $1,200 a year on electricity.
Half of all voters said the economy was their top concern.
Twice as many people voted this year as in 2016.
The majority of the funds went to administrative costs.
The total cost of the project was estimated at €3 billion.
The rate of inflation slowed in the autumn.
Per capita income rose by 4 per cent.
Hundreds of protesters gathered outside parliament.
Thousands of jobs were lost when the mine closed.
Dozens of schools were damaged by the storm.
The 1990s were a decade of rapid growth.
Back in '08 the banks collapsed.
The deadline was 12/31/2020.
On 3-15-21 the council met again.
Since January, prices have climbed steadily.
So far this year, 300 people have died on the roads.
The election took place in the 1980s.
Last week the minister resigned.
Two years ago the law was changed.
The bridge was built in 1932.
This is the only country where this happens.
It was an unprecedented decision.
The team won the title for the first time ever.
It's the worst drought on record.
The all-time high was reached in November.
They are the number one exporter of wheat.
Never before has a president done this.
The fastest-growing sector is renewable energy.
Congress passed the legislation in a late-night vote.
The governor vetoed the budget bill.
Parliament approved the amendment by a narrow margin.
The court banned the use of the chemical.
The agreement was signed in Paris in 2015.
The regulation was repealed last month.
The federal government funded the program for three years.
He appointed a new chief of staff.
The president issued an executive order on immigration.
New taxes were imposed on imports.
Officials confirmed the figures on Wednesday.
The study showed a link between diet and disease.
Police reported three arrests.
Analysts estimated the losses at $2 billion.
He testified before the committee for six hours.
The poll shows that support has dropped.
The data suggest a slowdown.
She admitted that mistakes were made.
Statistics from the agency tell a different story.
Sales fell 8% compared to the previous quarter.
Fewer than half of the students passed.
The population has grown since the war.
Output dropped sharply in the spring.
Costs were up from $3 million to $5 million.
Rents have risen faster than wages.
Profits halved in two years.
The decline was steeper than expected.
Enrollment went down after the fees increased.
Exports were down from last year.
The flooding was caused by heavy rain.
The crisis led to mass layoffs.
As a result, the company cut 500 jobs.
Thanks to the new policy, waiting times fell.
The fire was blamed on faulty wiring.
Due to the strike, trains were cancelled.
The recession resulted in higher unemployment.
He was responsible for the failure of the bank.
Therefore the plan must be rejected.
The drought is the result of climate change.
I guess we'll never know.
I suppose that's one way to look at it.
In my opinion, the reform went too far.
I hope you're right.
I don't really agree with that.
I love this country.
It's a disgrace.
What a wonderful day.
That's ridiculous.
The plan is a disaster.
I'm proud of what we've achieved.
We ought to be ashamed.
It's a great honour to be here.
That was a bad decision.
You should vote for change.
We need to act now.
They have to pay their fair share.
Everyone must do their part.
He has to explain himself.
Let us work together.
We will cut taxes for working families.
They're going to raise your taxes.
The company plans to hire 1,000 workers.
She won't run for re-election.
I'll make sure that happens.
We intend to finish the job.
We promise to lower costs.
You'll see the difference next year.
Who's going to pay for it?
Why did the government wait so long?
How many people lost their homes?
Are we safer than we were four years ago?
Did he really say that?
Isn't it time for a change?
“Is this the best we can do?” she asked.
He asked, “Where is the money?”
The U.S. economy added 250,000 jobs in October.
Mr. Smith said the report was wrong.
Dr. Jones treated 40 patients a day.
The U.K. left the European Union in 2020.
The firm, Acme Corp. in Ohio, cut 200 jobs.
Apple Inc. reported record revenue.
He met Gen. Patton in 1944.
Prices rose 5% vs. last year.
See e.g. the 2019 study by Harvard.
The vote was held on Jan. 6 in Washington.
Sen. Warren proposed a wealth tax.
The U.N. Security Council met in New York.
The plan, i.e. the budget, failed.
NASA launched the probe in 1977.
The WHO declared a pandemic in March 2020.
The FBI opened an investigation.
The E.U. imposed fines on three firms.
The CEO of ExxonMobil testified in Washington.
Jean-Luc Picard commanded the Enterprise.
O'Brien won the seat by 300 votes.
McDonald's opened its first restaurant in Moscow in 1990.
The people of São Paulo voted for change.
Müller scored twice in the final.
Ångström units measure tiny distances.
The Élysée confirmed the visit.
Zürich's population is about 420,000.
The İstanbul office opened in 2012.
The crowd in Москва grew to 10,000.
Αθήνα hosted the Olympic Games in 2004.
東京 is the largest city in Japan.
The price was ¥500 per kilo.
Rents in London rose £200 a month.
The fine was €1.2 billion.
The temperature rose 2°C above the average.
Only ½ of the budget was spent.
The area is 5 km² in total.
The score was ٣ to ١ at half time.
The ﬁrst ﬂoor was ﬂooded.
The ſtate paſſed the law.
The temperature was 300 K in the lab.
The dose was 5 µg per day.
The price — a record — was paid in cash.
The sentence ends with an emoji 🎉 and more words after it.
Costs rose by 10 % in 2023.
The government's plan failed.
The government’s plan failed.
We’re not going to stand for it.
I’m telling you the truth.
It’s been a long year for everyone.
They’ve been waiting since 2019.
You’re the one who said it.
Don’t believe the hype.
We've been here before.
He'd been warned twice.
She'll be back next week.
THE GOVERNMENT ANNOUNCED A NEW TAX ON SUGAR.
THE SENATE PASSED THE BILL IN 2021.
The Bill Was Signed By The President.
Taxpayers funded the stadium.
The border wall cost $15 billion.
Immigrants made up 14% of the population.
Nuclear weapons were tested in the desert.
Our troops came home in 2011.
The military budget increased again.
Drug overdoses killed 100,000 Americans last year.
Students borrowed a record amount.
Emissions from cars rose in 2022.
Pollution in the river fell by half.
Social security benefits were cut.
The energy crisis hit poorer households hardest.
Health care costs have doubled.
The loan was paid back early.
We share the same values and the same dream.
This is about leadership and vision.
Our strength comes from our principles.
We believe in opportunity for all.
We stand for freedom.
The challenge of the 21st century is clear.
We fight for the future.
Hope is on the way.
Let me answer that question.
That's a good question.
My response is simple.
I want to thank the moderator.
The point is that we can do better.
Let me talk about jobs.
This debate is about the future.
The economy may recover next year.
Prices could fall further.
The results might change.
It appears to be working.
It's probably too late.
The report is sort of inconclusive.
It seems unlikely.
Possibly the figures are wrong.
The cat sat on the mat.
Blue skies ahead.
Welcome!
Contents
Home | News | Sport
Good morning, everyone.
and then nothing happened
the rain fell all night
A man walks into a bar.
There were 40 of them.
It was 1999.
That happened in the 1970s.
It was voted down.
Tax cuts were passed by the house.
He was taken to hospital.
The funds were transferred to the account.
Officials were stunned by the result.
The board was informed by letter.
The law was amended to allow it.
The plan was approved by voters.
The firm was created in 1850 and employed 300 people.
The museum reopened after the renovation.
The mayor opened the new bridge.
The council decided against the proposal.
The children played in the park.
Scientists discovered a new species.
The river flooded the town.
The storm destroyed hundreds of homes.
Farmers harvested a record crop.
The ship arrived in port on Sunday.
Trade with China fell for the third year in a row.
The trade deficit hit $68 billion in May.
Spending on defense rose to 3.5% of GDP.
The budget deficit was cut in half.
Income inequality has grown since the 1980s.
One in five children lives in poverty.
The national debt passed $30 trillion.
Interest rates rose seven times in 2022.
The central bank held rates steady.
The price of bread doubled in a year.
Jobless claims fell to 210,000.
The strike lasted 46 days.
Turnout reached 66 percent, the highest since 1900.
Three out of four voters disapprove.
Ten years ago, nobody had heard of him.
Since the reform, waiting lists have grown.
It's the biggest tax increase in history.
They cut funding for schools by 10 percent.
He raised taxes 300 times.
She voted for the war.
We created 15 million new jobs.
They killed the bill in committee.
He said he would, but he didn't.
The report said nothing about the costs.
He wrote a book about it in 2005.
She became the first woman to lead the party.
They ran out of money.
We brought the troops home.
He told reporters he had no regrets.
The company went bankrupt in 2009.
The soldiers came back in 1945.
The economy grew 2.1% last year.
The stock market has risen by 50 percent.
The plan will cost $3 trillion over ten years.
The program would cover 20 million people.
We shall overcome.
We're gonna fix it.
The team is going to win.
Click to learn more
Sign in to comment
Log in or register to post comments
Share on Facebook
Join the conversation
Listen to the podcast
Read the full story
Tap to expand
Try it free for 30 days
Buy now
Learn how we use your data.
"We are loading 700 tonnes onto ships built for 2,500," said Marieke de Vries.
"Every day this goes on, factories along the river are paying for it."
He said: "This is the end." Then he left.
She wrote (in 2010) that the plan "would never work." Nobody listened.
Is it real? "No!" he shouted. It was over.
What next?! Nobody knows.
The vote was 5–4. The court upheld the law.
Temperatures hit 40°C on Aug. 14 in Madrid. Roads melted.
Sales rose. Profits fell. Shares dropped 9%.
He arrived at 9 a.m. The meeting began an hour later.
The U.S. Army and the U.N. peacekeepers left. The war went on.
Visit www.example.com for details.
Email us at news@example.com.
Call 555-0123 now.
#1 in the charts for 12 weeks.
@user replied to your post
***
- - -
1.
2023
$5
50%`;

/** French sentences beyond the seed article: the unit tests' cases plus capitals and ligatures. */
export const SENTENCES_FR = `Le chômage a baissé de 9,8 % selon l’Insee.
Je pense que c’est une excellente idée.
Qui a pris cette décision ?
Suivez-nous sur notre canal WhatsApp.
Le budget atteint trois milliards.
Il est venu le jeudi 3 juillet.
Elle devient ainsi le premier pays à le faire.
Il a démissionné, selon les autorités russes.
Les prix sont en hausse par rapport à mars.
Le ministre a rencontré Vladimir Poutine hier.
J’ai vu la décision prise par le tribunal.
Le vol a été annulé en raison de la grève.
Elle devient ainsi un pays important.
LE GOUVERNEMENT A ANNONCÉ UNE HAUSSE DES IMPÔTS.
L’ÉTAT A DÉPENSÉ 3 MILLIARDS D’EUROS EN 2024.
Écoutez notre podcast.
À lire aussi : la réforme des retraites
Selon l’étude, 40 % des élèves ont échoué.
Il y a deux ans, le Parlement a voté la loi.
Les dépenses ont augmenté de 12 % par rapport à l’an dernier.
Nous devons agir maintenant, il est temps.
Vous êtes le seul responsable de cette situation.
T’as vu ça ?
M’enfin, c’est absurde.
Ils furent élus en 1981 et gouvernèrent quatorze ans.
L’Œuvre de Molière est traduite dans 50 langues.
La sœur du ministre a été nommée ambassadrice.
Peut-être que le gouvernement reculera.
Le Conseil constitutionnel a validé la loi le 14 avril 2023.
Merci pour votre question.
Publié le 3 mars 2024 à 10 h 15
Tous droits réservés.
Ça coûte cher.
Ève a dit qu’elle viendrait.
Le PIB a progressé de 0,9 % au troisième trimestre.`;
