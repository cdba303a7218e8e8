/** The reference French article (copied from the shared seed so tests run without it). */
export const ARTICLE_FR = `La Russie a officiellement reconnu le régime des talibans en Afghanistan. Elle devient ainsi le premier pays à accorder une légitimité diplomatique à l’Émirat islamique depuis la prise du pouvoir par la force en août 2021.
L’annonce a été faite le jeudi 3 juillet 2025 par Zamir Kaboulov, représentant spécial du président russe pour l’Afghanistan, cité par l’agence Ria Novosti. Le ministère russe des Affaires étrangères a confirmé l’information à l’agence Tass.
Cette reconnaissance constitue une étape majeure dans le rapprochement progressif engagé entre Moscou et Kaboul. Elle s’inscrit dans une logique d’intérêts stratégiques, selon les autorités russes.
En effet, Moscou justifie sa décision par le souci de renforcer les relations économiques avec l’Afghanistan et d’en faire un partenaire actif dans la lutte contre le terrorisme et le trafic de drogue, deux fléaux qui préoccupent la région.
Le ministre afghan des Affaires étrangères, Amir Khan Muttaqi, a salué cette « décision courageuse » et exprimé l’espoir qu’elle servira d’exemple aux autres États. « Ce geste marque un tournant dans notre intégration internationale », a-t-il affirmé lors d’une rencontre avec l’ambassadeur russe à Kaboul.
LIRE AUSSI : France : l’influenceuse Soraya Riffy ligotée et…
Depuis plusieurs mois, les signes de rapprochement entre les deux gouvernements s’étaient multipliés. En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.
Un an plus tôt, Vladimir Poutine les avait qualifiés d’« alliés dans la lutte contre le terrorisme » à la suite de l’attentat meurtrier de Moscou, attribué à une cellule de l’État islamique basée en Afghanistan.
Les autorités russes misent désormais sur des projets communs dans les domaines de l’énergie, des transports, de l’agriculture et des infrastructures, pour structurer cette nouvelle coopération bilatérale.
En dépit de cette reconnaissance, le régime taliban reste largement isolé sur la scène internationale. Ni les États-Unis, ni l’Union européenne, ni aucun autre pays occidental n’a franchi le pas, en raison des nombreuses violations des droits humains constatées, notamment à l’encontre des femmes.
Suivez-nous sur Nasuba Infos via notre canal WhatsApp. Cliquez ici.
Views: 0`;
