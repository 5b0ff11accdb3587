"""Word lists and templates of the demo workspace (data only; app.services.demo uses them).

Everything here is invented: organisations, towns, streets, people. Phone numbers come
from the ranges ARCEP reserves for fiction (01 99 00 xx xx, 06 39 98 xx xx). Texts stay
factual, as the data-protection authority asks of real files: what was seen, where and
when; no insult, no health, religion or origin.
"""

from __future__ import annotations

# Organisations --------------------------------------------------------------------

LANDLORDS = (
    {"name": "Habitat Val-de-Seine", "address": "18 boulevard de la Résistance",
     "postcode": "93100", "city": "Montreuil-sur-Marne", "phone": "01 99 00 12 40",
     "email": "accueil@habitat-valdeseine.example"},
    {"name": "Logis Francilien", "address": "4 rue des Frères-Lumière",
     "postcode": "94340", "city": "Villiers-les-Saules", "phone": "01 99 00 31 72",
     "email": "contact@logis-francilien.example"},
)
TOWN = {"name": "Ville de Montreuil-sur-Marne", "address": "Place de l'Hôtel-de-Ville",
        "postcode": "93100", "city": "Montreuil-sur-Marne", "phone": "01 99 00 10 00",
        "email": "prevention@montreuil-sur-marne.example"}
MEDIATION_TEAM = {"name": "Médiation inter-bailleurs Marne-Est", "address": "7 rue du Marché",
                  "postcode": "93100", "city": "Montreuil-sur-Marne", "phone": "01 99 00 27 15",
                  "email": "equipe@mediation-marne-est.example"}
ASSOCIATION = {"name": "Association Voisins Solidaires du Plateau",
               "address": "Maison de quartier, 2 allée des Cerisiers", "postcode": "93100",
               "city": "Montreuil-sur-Marne", "phone": "01 99 00 44 08",
               "email": "bonjour@voisins-solidaires.example"}

# Sites: (code, name, street address, postcode, city, difficulty 1-4, landlord index).
SITES = (
    ("HVS-01", "Résidence Les Tilleuls", "12 allée des Tilleuls", "93100", "Montreuil-sur-Marne", 1, 0),
    ("HVS-02", "Résidence du Parc Fleuri", "3 rue du Parc-Fleuri", "93100", "Montreuil-sur-Marne", 1, 0),
    ("HVS-03", "Cité des Peupliers", "45 avenue des Peupliers", "93100", "Montreuil-sur-Marne", 2, 0),
    ("HVS-04", "Les Terrasses de la Marne", "8 quai des Mariniers", "93100", "Montreuil-sur-Marne", 2, 0),
    ("HVS-05", "Les Hauts du Moulin", "1 place du Moulin-Neuf", "93100", "Montreuil-sur-Marne", 3, 0),
    ("HVS-06", "Le Clos des Vignes", "27 rue des Vendanges", "93100", "Montreuil-sur-Marne", 4, 0),
    ("LF-01", "Résidence Les Glycines", "6 rue des Glycines", "94340", "Villiers-les-Saules", 1, 1),
    ("LF-02", "Résidence Bellevue", "110 avenue de Bellevue", "94340", "Villiers-les-Saules", 1, 1),
    ("LF-03", "Les Jardins de l'Orme", "14 chemin de l'Orme", "93100", "Montreuil-sur-Marne", 2, 1),
    ("LF-04", "Résidence du Canal", "52 quai du Canal", "94340", "Villiers-les-Saules", 2, 1),
    ("LF-05", "Cité des Sablons", "9 rue des Sablons", "93100", "Montreuil-sur-Marne", 3, 1),
    ("LF-06", "Les Tours du Plateau", "2 avenue du Plateau", "93100", "Montreuil-sur-Marne", 4, 1),
)

# Users: (login, display name, role, organisation: "landlord:<i>", "town", "mediation", site codes).
USERS = (
    ("gardien.martin", "Jean-Pierre Martin", "caretaker", "landlord:0", ("HVS-01", "HVS-02")),
    ("gardien.diallo", "Moussa Diallo", "caretaker", "landlord:0", ("HVS-03", "HVS-04")),
    ("gardien.lefevre", "Sandrine Lefèvre", "caretaker", "landlord:0", ("HVS-05", "HVS-06")),
    ("gardien.nguyen", "Thierry Nguyen", "caretaker", "landlord:1", ("LF-01", "LF-02")),
    ("gardien.rousseau", "Nadia Rousseau", "caretaker", "landlord:1", ("LF-03", "LF-04")),
    ("gardien.benali", "Karim Benali", "caretaker", "landlord:1", ("LF-05", "LF-06")),
    ("surete.moreau", "Claire Moreau", "officer", "landlord:0", ()),
    ("surete.garnier", "Olivier Garnier", "officer", "landlord:1", ()),
    ("mediateur.fontaine", "Samia Fontaine", "mediator", "mediation", ()),
    ("admin.durand", "Philippe Durand", "admin", "landlord:0", ()),
    ("ville.lambert", "Hélène Lambert", "partner", "town", ()),
)
USER_EMAIL_DOMAINS = {"landlord:0": "habitat-valdeseine.example",
                      "landlord:1": "logis-francilien.example",
                      "town": "montreuil-sur-marne.example",
                      "mediation": "mediation-marne-est.example"}

# Places ---------------------------------------------------------------------------

BUILDING_LETTERS = "ABCD"
# Relative weights of 1, 2 and 3 entrances per building.
ENTRANCE_WEIGHTS = (5, 3, 2)
DOORS_PER_FLOOR = 2
OCCUPANCY = 0.85

# People ---------------------------------------------------------------------------

LAST_NAMES = (
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
    "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
    "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
    "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
    "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément",
    "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand",
    "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
    "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier",
    "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin",
    "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas",
    "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc",
    "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte", "Lopez", "Jean", "Dupuy",
    "Diallo", "Traoré", "Koné", "Camara", "Diop", "Ndiaye", "Benali", "Haddad", "Mansouri",
    "Bouzid", "Cherif", "Amrani", "Nguyen", "Tran", "Pham", "Da Silva", "Pereira", "Ferreira",
    "Santos", "Kowalski", "Nowak", "Yilmaz", "Demir", "Mendy", "Gomis", "Sylla",
)
FIRST_NAMES = (
    "Julien", "Nicolas", "Sébastien", "Thomas", "Mickaël", "Anthony", "Kevin", "Jérémy",
    "Romain", "Maxime", "Alexandre", "Mathieu", "Karim", "Mehdi", "Sofiane", "Yacine",
    "Moussa", "Mamadou", "Ibrahima", "Christophe", "Laurent", "Stéphane", "David", "Frédéric",
    "Samuel", "Hugo", "Lucas", "Vincent", "Rachid", "Hakim", "Minh", "Duc", "Tiago",
    "Sarah", "Julie", "Aurélie", "Émilie", "Céline", "Sandrine", "Nathalie", "Stéphanie",
    "Laetitia", "Audrey", "Camille", "Marine", "Élodie", "Sabrina", "Nadia", "Samira",
    "Fatoumata", "Aminata", "Mariam", "Yasmina", "Leïla", "Sonia", "Linh", "Ana", "Inès",
    "Manon", "Chloé", "Léa", "Amandine", "Virginie", "Karima", "Aïcha", "Agnieszka",
)
# Older generations' first names: the welfare register picks heads of household among them.
ELDER_FIRST_NAMES = (
    "Jeanne", "Simone", "Lucienne", "Paulette", "Germaine", "Marcelle", "Yvette", "Odette",
    "Huguette", "Denise", "Colette", "Monique", "Gisèle", "Renée", "Fatima", "Zohra",
    "Marcel", "René", "Roger", "André", "Lucien", "Raymond", "Henri", "Gilbert", "Maurice",
    "Georges", "Robert", "Ahmed", "Mohamed", "Manuel", "Antonio", "Tuan",
)
ELDER_SHARE = 0.12
MOBILE_PREFIX = "06 39 98"
LANDLINE_PREFIX = "01 99 00"

# Signalements -----------------------------------------------------------------------

# Where, in words, for each location kind; {bat}, {entree} and {etage} are filled in.
LOCATION_PHRASES = {
    "hall": "dans le hall de l'entrée {entree} du bâtiment {bat}",
    "stairwell": "dans la cage d'escalier de l'entrée {entree} du bâtiment {bat}, au {etage}",
    "lift": "dans l'ascenseur de l'entrée {entree} du bâtiment {bat}",
    "cellar": "dans les caves du bâtiment {bat}",
    "car_park": "dans le parking souterrain du bâtiment {bat}",
    "garage_box": "dans un box du parking du bâtiment {bat}",
    "roof_terrace": "sur le toit-terrasse du bâtiment {bat}",
    "outside": "en pied d'immeuble devant le bâtiment {bat}",
    "dwelling": "dans un logement du {etage} du bâtiment {bat}",
    "commercial": "dans le local commercial vacant au rez-de-chaussée du bâtiment {bat}",
}
# Kinds located inside a stair: they get an entrance and a floor.
INSIDE_KINDS = frozenset({"hall", "stairwell", "lift", "dwelling"})

VEHICLES = ("Renault Clio grise", "Peugeot 206 noire", "utilitaire Renault Trafic blanc",
            "Citroën C3 bleue", "Volkswagen Golf rouge", "Dacia Sandero blanche")
PERSONS_GROUPS = ("Groupe de jeunes hommes, 18-25 ans environ, vêtements sombres",
                  "Plusieurs hommes adultes, dont deux à scooter",
                  "Groupe mixte d'adolescents, 15-18 ans environ",
                  "Deux hommes adultes, capuches relevées",
                  "Personnes non identifiées, ne résidant pas sur le site selon le gardien")
# Categories where the persons involved are described as a group (never by origin).
GROUP_CATEGORIES = frozenset({"drug_dealing", "loitering", "squat", "prostitution", "rodeo",
                              "street_mechanics", "public_health"})
WITNESSES = ("Locataire de l'entrée {entree}, coordonnées connues du gardien",
             "Agent d'entretien du site", "Deux locataires du bâtiment {bat}",
             "Société de gardiennage (ronde de soirée)", "Gardien du site")

# Per category:
#   weights: how often, on green, yellow, orange, red sites
#   kinds: location kinds; hours: (first, last) hour of the facts
#   recurrence: weights of first_time, recurring, daily; severity: weights of 1-4
#   persons: (min, max) persons involved; protect: share with the reporter's identity protected
#   called_17 / town: share with the police called / the town informed
#   cost: (min, max) euros of damage; recipients: referral recipients, by weight
#   texts: description templates: {lieu} where, {n} to {n2} persons, {k} things counted,
#          {h1} to {h2} hours, {vehicule}, {bat} building, {entree} entrance, {etage} floor
CATEGORIES = {
    "drug_dealing": {
        "weights": (1, 4, 14, 22), "kinds": ("hall", "stairwell", "cellar", "car_park", "outside"),
        "hours": (15, 23), "recurrence": (1, 5, 6), "severity": (0, 2, 5, 3), "persons": (2, 8),
        "protect": 0.85, "called_17": 0.35, "town": 0.4, "cost": (0, 0),
        "recipients": {"police": 7, "town": 2, "prosecutor": 1},
        "texts": (
            "Regroupement de {n} à {n2} individus {lieu}, allées et venues fréquentes entre {h1} h et {h2} h.",
            "Présence quotidienne de {n} personnes {lieu} ; échanges rapides avec des personnes extérieures au site entre {h1} h et {h2} h.",
            "Guetteurs postés {lieu} ; les locataires signalent être interpellés à l'entrée du bâtiment le soir.",
            "Installation de chaises et d'un canapé {lieu} ; va-et-vient continu de {h1} h à {h2} h.",
            "Porte du hall bloquée en position ouverte par {n} individus ; circulation de personnes extérieures au site jusqu'à {h2} h.",
        ),
    },
    "domestic_violence": {
        "weights": (2, 2, 2, 2), "kinds": ("dwelling", "stairwell"),
        "hours": (19, 23), "recurrence": (4, 3, 0), "severity": (0, 1, 4, 3), "persons": (2, 3),
        "protect": 0.5, "called_17": 0.8, "town": 0.2, "cost": (0, 0),
        "recipients": {"police": 8, "prosecutor": 1},
        "texts": (
            "Cris et bruits de dispute entendus par des voisins {lieu} vers {h1} h ; appel au 17 par un locataire.",
            "Un locataire signale des éclats de voix et des bruits de chute {lieu} ; la police est intervenue.",
            "Une locataire s'est présentée à la loge pour demander de l'aide ; orientation vers le 17 et le dispositif d'accueil de la commune.",
            "Signalement par les voisins de disputes répétées {lieu} en soirée ; transmission à la police.",
        ),
    },
    "neighbour_disturbance": {
        "weights": (8, 8, 6, 4), "kinds": ("dwelling", "stairwell", "hall"),
        "hours": (20, 23), "recurrence": (3, 5, 2), "severity": (3, 5, 1, 0), "persons": (1, 3),
        "protect": 0.05, "called_17": 0.1, "town": 0.05, "cost": (0, 0),
        "recipients": {"town": 2, "other_landlord": 1},
        "texts": (
            "Musique forte et bruits de pas signalés {lieu} après 22 h, plusieurs soirs par semaine.",
            "Aboiements répétés d'un chien laissé seul en journée dans un logement du {etage} du bâtiment {bat}.",
            "Travaux bruyants le dimanche matin {lieu} ; plainte de deux voisins.",
            "Réunions tardives avec éclats de voix {lieu} jusqu'à {h2} h ; voisins réveillés.",
            "Odeurs de friture et de tabac remontant par la ventilation, signalées par le locataire du dessus ({etage}).",
        ),
    },
    "loitering": {
        "weights": (4, 10, 10, 10), "kinds": ("hall", "stairwell", "car_park", "outside", "roof_terrace"),
        "hours": (17, 23), "recurrence": (2, 5, 4), "severity": (3, 5, 2, 0), "persons": (3, 12),
        "protect": 0.3, "called_17": 0.1, "town": 0.3, "cost": (0, 0),
        "recipients": {"police": 3, "town": 4},
        "texts": (
            "Occupation {lieu} par {n} personnes de {h1} h à {h2} h ; passage des locataires gêné.",
            "Rassemblement de {n} jeunes {lieu} ; musique, mégots et canettes laissés sur place.",
            "Stationnement prolongé de {n} personnes {lieu} ; des locataires disent éviter l'entrée le soir.",
            "Boîtiers électriques ouverts et ampoules dévissées {lieu} pour y rester dans la pénombre.",
        ),
    },
    "damage": {
        "weights": (6, 8, 8, 8), "kinds": ("hall", "lift", "stairwell", "cellar", "car_park", "outside"),
        "hours": (0, 23), "recurrence": (6, 3, 1), "severity": (2, 5, 3, 0), "persons": (0, 3),
        "protect": 0.05, "called_17": 0.1, "town": 0.1, "cost": (80, 2500),
        "recipients": {"police": 6, "town": 1},
        "texts": (
            "Porte d'accès forcée et ferme-porte arraché {lieu}.",
            "Boîtes aux lettres fracturées {lieu}, six portes arrachées.",
            "Tags sur les murs {lieu}, surface d'environ {k} m².",
            "Bouton d'appel de l'ascenseur brûlé et miroir brisé {lieu}.",
            "Éclairage détruit {lieu} ; hublots cassés et câbles arrachés.",
            "Interphone de l'entrée {entree} du bâtiment {bat} vandalisé, platine hors service.",
        ),
    },
    "theft": {
        "weights": (4, 5, 5, 5), "kinds": ("cellar", "car_park", "garage_box", "hall", "commercial"),
        "hours": (0, 23), "recurrence": (7, 3, 0), "severity": (2, 5, 3, 0), "persons": (0, 2),
        "protect": 0.03, "called_17": 0.2, "town": 0.05, "cost": (50, 1800),
        "recipients": {"police": 9},
        "texts": (
            "Effraction de caves {lieu} : {k} portes forcées, vols déclarés par les locataires.",
            "Vol de câbles de cuivre {lieu} ; coupure partielle de l'éclairage.",
            "Vol du matériel d'entretien dans le local du gardien du bâtiment {bat}.",
            "Vélos volés dans le local à vélos du bâtiment {bat}, antivols sectionnés.",
            "Vol de batteries et d'extincteurs {lieu}.",
        ),
    },
    "squat": {
        "weights": (1, 2, 5, 7), "kinds": ("roof_terrace", "car_park", "garage_box", "dwelling", "commercial", "cellar"),
        "hours": (0, 23), "recurrence": (3, 5, 2), "severity": (0, 3, 5, 2), "persons": (1, 6),
        "protect": 0.2, "called_17": 0.3, "town": 0.4, "cost": (100, 3000),
        "recipients": {"police": 6, "town": 3},
        "texts": (
            "Occupation sans droit ni titre constatée {lieu} : matelas, couvertures et effets personnels.",
            "Serrure changée sur un box {lieu} ; occupation par des personnes inconnues du bailleur.",
            "Accès au toit-terrasse du bâtiment {bat} forcé ; traces de présence nocturne régulière.",
            "Logement vacant du {etage} du bâtiment {bat} occupé depuis plusieurs jours ; porte palière forcée.",
        ),
    },
    "abandoned_vehicle": {
        "weights": (4, 5, 5, 6), "kinds": ("car_park", "outside"),
        "hours": (8, 18), "recurrence": (8, 2, 0), "severity": (6, 4, 0, 0), "persons": (0, 0),
        "protect": 0.0, "called_17": 0.0, "town": 0.8, "cost": (0, 0),
        "recipients": {"town": 8, "police": 2},
        "texts": (
            "Véhicule épave {lieu} ({vehicule}), pneus crevés, vitres cassées.",
            "Véhicule ventouse {lieu} ({vehicule}), immobilisé depuis plus de sept jours sur la même place.",
            "Véhicule sans plaques d'immatriculation abandonné {lieu} ({vehicule}).",
        ),
    },
    "street_mechanics": {
        "weights": (2, 4, 5, 5), "kinds": ("car_park", "outside"),
        "hours": (9, 20), "recurrence": (2, 6, 2), "severity": (5, 4, 1, 0), "persons": (1, 4),
        "protect": 0.1, "called_17": 0.05, "town": 0.7, "cost": (0, 300),
        "recipients": {"town": 7, "police": 2},
        "texts": (
            "Réparations de véhicules {lieu} ; taches d'huile et pièces usagées laissées au sol.",
            "Vidange effectuée {lieu}, bidons d'huile abandonnés près des conteneurs.",
            "Atelier de mécanique improvisé {lieu}, {k} véhicules en réparation sur les places des locataires.",
        ),
    },
    "obstructive_parking": {
        "weights": (6, 6, 5, 5), "kinds": ("outside", "car_park"),
        "hours": (7, 22), "recurrence": (4, 5, 1), "severity": (6, 4, 0, 0), "persons": (0, 1),
        "protect": 0.0, "called_17": 0.05, "town": 0.6, "cost": (0, 0),
        "recipients": {"town": 9},
        "texts": (
            "Véhicule stationné devant l'accès pompiers du bâtiment {bat} ({vehicule}).",
            "Véhicules garés sur la voie d'accès {lieu} ; le camion de collecte n'a pas pu passer.",
            "Stationnement sur l'emplacement réservé aux personnes à mobilité réduite {lieu}, de façon répétée.",
        ),
    },
    "prostitution": {
        "weights": (0, 1, 2, 3), "kinds": ("car_park", "outside", "cellar"),
        "hours": (21, 23), "recurrence": (2, 5, 3), "severity": (0, 4, 5, 1), "persons": (1, 4),
        "protect": 0.5, "called_17": 0.2, "town": 0.5, "cost": (0, 0),
        "recipients": {"police": 7, "town": 3},
        "texts": (
            "Allées et venues de véhicules {lieu} en soirée, arrêts de courte durée ; activité de prostitution signalée par les locataires.",
            "Matériel abandonné dans les parties communes {lieu} laissant supposer une activité de prostitution.",
        ),
    },
    "rodeo": {
        "weights": (1, 3, 6, 8), "kinds": ("outside", "car_park"),
        "hours": (15, 21), "recurrence": (2, 6, 2), "severity": (0, 3, 5, 2), "persons": (2, 6),
        "protect": 0.3, "called_17": 0.5, "town": 0.5, "cost": (0, 0),
        "recipients": {"police": 8, "town": 2},
        "texts": (
            "Rodéo de {n} motos sans plaque {lieu} entre {h1} h et {h2} h ; passages à grande vitesse près de l'aire de jeux.",
            "Quad et motocross circulant sur les pelouses {lieu}, enfants présents à proximité.",
            "Courses de scooters dans le parking du bâtiment {bat} ; barrière levante endommagée.",
        ),
    },
    "fly_tipping": {
        "weights": (8, 9, 8, 8), "kinds": ("outside", "cellar", "car_park", "stairwell"),
        "hours": (6, 22), "recurrence": (3, 5, 2), "severity": (5, 4, 1, 0), "persons": (0, 1),
        "protect": 0.0, "called_17": 0.0, "town": 0.5, "cost": (60, 600),
        "recipients": {"town": 9},
        "texts": (
            "Dépôt sauvage d'encombrants {lieu} : matelas, meubles et sacs de gravats.",
            "Sacs d'ordures jetés depuis les fenêtres du {etage}, côté cour du bâtiment {bat}.",
            "Déchets de chantier déposés {lieu} hors des jours de collecte.",
            "Local poubelles du bâtiment {bat} encombré ; sacs déposés au sol à côté des conteneurs.",
        ),
    },
    "staff_aggression": {
        "weights": (1, 2, 4, 6), "kinds": ("hall", "outside", "car_park", "stairwell"),
        "hours": (8, 19), "recurrence": (7, 3, 0), "severity": (0, 1, 5, 4), "persons": (1, 3),
        "protect": 0.7, "called_17": 0.5, "town": 0.3, "cost": (0, 0),
        "recipients": {"police": 7, "prosecutor": 2},
        "texts": (
            "Le gardien a été pris à partie verbalement {lieu} lors de la sortie des conteneurs ; propos menaçants.",
            "Menaces adressées à l'agent d'entretien {lieu} après une demande de libérer le passage.",
            "Le gardien a été bousculé {lieu} en intervenant sur une porte bloquée ; dépôt de plainte.",
            "Véhicule de service du gardien dégradé {lieu} après un rappel au règlement.",
        ),
    },
    "public_health": {
        "weights": (1, 1, 1, 1), "kinds": ("hall", "outside", "roof_terrace"),
        "hours": (18, 23), "recurrence": (6, 4, 0), "severity": (3, 5, 2, 0), "persons": (5, 20),
        "protect": 0.1, "called_17": 0.3, "town": 0.5, "cost": (0, 0),
        "recipients": {"police": 5, "town": 5},
        "texts": (
            "Rassemblement d'environ {n} personnes {lieu} malgré l'arrêté préfectoral en vigueur.",
            "Fête organisée {lieu} pendant la période de restrictions sanitaires, jusqu'à {h2} h.",
        ),
    },
    "other": {
        "weights": (4, 4, 4, 4), "kinds": ("hall", "outside", "cellar", "lift"),
        "hours": (7, 21), "recurrence": (7, 3, 0), "severity": (6, 4, 0, 0), "persons": (0, 2),
        "protect": 0.0, "called_17": 0.05, "town": 0.3, "cost": (0, 200),
        "recipients": {"town": 8},
        "texts": (
            "Démarchage insistant de vendeurs {lieu} ; locataires sollicités à leur porte.",
            "Affichage sauvage {lieu}, affiches recouvrant le panneau d'information du bailleur.",
            "Nourrissage de pigeons {lieu}, fientes sur les balcons du bâtiment {bat}.",
            "Odeur de brûlé {lieu} ; vérification faite, feu de poubelle éteint par un locataire.",
        ),
    },
}

HARM_PROPERTY = {
    "damage": "Remise en état par l'entreprise de maintenance (devis joint).",
    "theft": "Matériel à remplacer ; déclaration à l'assureur du bailleur.",
    "squat": "Serrure à remplacer et nettoyage du local.",
    "fly_tipping": "Enlèvement par un prestataire.",
    "street_mechanics": "Nettoyage des taches d'huile sur l'enrobé.",
    "other": "Nettoyage des parties communes.",
}
HARM_PEOPLE = {
    "staff_aggression": "Agent pris à partie, sans blessure ; entretien avec le responsable d'agence.",
    "rodeo": "Aucun blessé ; enfants présents sur l'aire de jeux au moment des faits.",
}
CALL_17_NOTE = "Appel au 17 à {h1} h ; passage d'une patrouille une demi-heure plus tard."
INTERVENTION_NOTES = (
    "Intervention du gardien, situation rétablie sur place.",
    "Information de la police municipale par téléphone.",
    "Ronde de la société de gardiennage demandée pour la semaine.",
    "Affichage d'un rappel au règlement dans le hall.",
)

CLOSING_REASONS = {"resolved": 50, "no_further_action": 20, "handed_over": 15, "duplicate": 5,
                   "dropped": 10}
REFERRAL_CHANNELS = {"police": ("in_person", "platform", "phone"),
                     "prosecutor": ("letter",), "town": ("email", "platform"),
                     "other_landlord": ("email", "phone")}
# What each recipient gives back: main courante or complaint number, parquet number...
REFERRAL_NUMBERS = {"police": ("MC {year}/{n:06d}", "PV {year}/{n:06d}"),
                    "prosecutor": ("Parquet {yy}{n:09d}",),
                    "town": ("CLSPD-{year}-{n:05d}",),
                    "other_landlord": ("Réf. {year}-{n:05d}",)}

# Conflict cases ---------------------------------------------------------------------

CASE_SUMMARIES = {
    "noise": (
        "Bruits de pas, de musique et de meubles déplacés après 22 h signalés par le locataire du dessous, plusieurs soirs par semaine.",
        "Télévision à volume élevé tard le soir ; les voisins de palier disent ne plus dormir avant minuit.",
    ),
    "smells": (
        "Odeurs persistantes de tabac et de cuisine dans la cage d'escalier, provenant selon le plaignant du logement voisin.",
    ),
    "animals": (
        "Chien laissé seul sur le balcon, aboiements en journée ; déjections sur le palier.",
        "Plusieurs chats dans le logement du dessus ; odeurs sur le palier selon les voisins.",
    ),
    "damage": (
        "Porte palière du plaignant rayée à plusieurs reprises ; le plaignant met en cause son voisin.",
    ),
    "insults_threats": (
        "Échanges verbaux tendus sur le palier ; le plaignant rapporte des propos menaçants à la suite d'un différend de stationnement.",
    ),
    "common_areas": (
        "Objets encombrants stockés sur le palier et dans le local à vélos par un voisin, malgré les demandes.",
        "Sacs d'ordures laissés sur le palier plusieurs jours de suite.",
    ),
}
STEP_OUTCOMES = {
    "verbal_reminder": (
        "Rappel verbal fait par le gardien ; le locataire mis en cause s'engage à limiter le bruit après 22 h.",
        "Échange avec les deux voisins dans le hall ; engagement oral à respecter le règlement intérieur.",
    ),
    "rules_reminder": (
        "Courrier de rappel au règlement intérieur envoyé au locataire mis en cause.",
        "Rappel au règlement envoyé ; nouveau signalement du plaignant deux semaines après.",
    ),
    "summons": (
        "Convocation à l'agence : le locataire mis en cause reconnaît les faits et s'engage par écrit.",
        "Rencontre des deux parties avec la responsable de secteur ; accord sur des horaires de calme.",
    ),
    "mediation": (
        "Séance de médiation tenue ; accord écrit signé par les deux parties.",
        "Médiation tenue ; accord partiel, point d'étape prévu dans un mois.",
    ),
    "formal_notice": (
        "Mise en demeure envoyée en recommandé avec accusé de réception.",
        "Mise en demeure envoyée ; constat de commissaire de justice demandé.",
    ),
    "court": (
        "Assignation en résiliation de bail déposée au tribunal judiciaire ; audience fixée.",
        "Dossier transmis à l'avocat du bailleur avec la chronologie, les attestations et les mains courantes.",
    ),
    "complaint": (
        "Nouveau courrier du plaignant : les faits ont repris.",
    ),
}
OVERRIDE_REASON = ("Propos menaçants répétés envers le plaignant : convocation directe décidée "
                   "par le responsable d'agence.")
MEDIATORS = {"internal": "Responsable de secteur du bailleur",
             "inter_landlord": MEDIATION_TEAM["name"],
             "conciliator": "Conciliateur de justice du canton"}
MEDIATION_AGREEMENTS = (
    "Engagement à limiter le bruit après 22 h et à poser des patins aux meubles ; point dans un mois.",
    "Accord sur le rangement du palier sous quinze jours ; le gardien vérifiera.",
    "Les deux parties acceptent de se prévenir en cas de réception ; point dans six semaines.",
)

# Welfare register ---------------------------------------------------------------------

# (what the service does, who provides it); most people on the register have none.
HOME_CARE = ((None, None), (None, None), (None, None),
             ("Aide à domicile trois matins par semaine", "SAAD Les Glycines"),
             ("Portage de repas en semaine", "CCAS de Montreuil-sur-Marne"),
             ("Aide à domicile le mardi et le vendredi", "Association Aide et Présence du Plateau"))
CONTACT_RELATIONS = ("Fille", "Fils", "Neveu", "Nièce", "Petite-fille")
CHECK_NOTES = {
    "reached_fine": ("", "", "Va bien, pas de besoin particulier.", "Appel court, tout va bien."),
    "reached_needs": ("Demande d'aide pour les courses ; relais CCAS.",
                      "Ampoule à changer dans l'entrée ; le gardien passera.",
                      "Souhaite un rappel de la date de collecte des encombrants."),
    "not_reached": ("Pas de réponse au téléphone ni à l'interphone ; nouvel essai prévu.",),
    "known_absence": ("Séjour chez sa fille pour quelques jours.", "Absent(e) : en vacances."),
    "alert_raised": ("Volets fermés et courrier non relevé depuis trois jours ; famille prévenue.",),
}
FOLLOW_UPS = {
    "reached_needs": (("ccas", "CCAS de Montreuil-sur-Marne"), ("other", "Gardien du site")),
    "alert_raised": (("family", "Contact familial au dossier"),),
}
