"""The coverage file's seat addresses, written for reading by scripts/build_kb.py. Inputs are
rows of ../shared/data/missions_locales/couverture_2026/ml_seats.csv; expectations written by
hand."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

from build_kb import readable_address  # noqa: E402


@pytest.mark.parametrize("address, postcode, town, expected", [
    ("4 place  sanville", "01500", "Ambérieu-en-Bugey", "4 place Sanville, 01500 Ambérieu-en-Bugey"),
    ("92 av jean baptiste lebas", "59100", "Roubaix", "92 avenue Jean Baptiste Lebas, 59100 Roubaix"),
    ("15 Bis av de strasbourg", "77120", "Coulommiers", "15 bis avenue de Strasbourg, 77120 Coulommiers"),
    ("62 av de la republique", "93300", "Aubervilliers", "62 avenue de la République, 93300 Aubervilliers"),
    ("189 av du marechal foch", "33500", "Libourne", "189 avenue du Maréchal Foch, 33500 Libourne"),
    ("TGM - 4 r de la megisserie", "13200", "Arles", "TGM - 4 rue de la Mégisserie, 13200 Arles"),
    (" qu poterne", "04000", "Digne-les-Bains", "quai Poterne, 04000 Digne-les-Bains"),
    ("22 r pajol", "75018", "Paris - 18ème Arrondissement", "22 rue Pajol, 75018 Paris 18e"),
    ("12/13 r charlie chaplin", "27000", "Évreux", "12/13 rue Charlie Chaplin, 27000 Évreux"),
    ("", "97600", "Mamoudzou", "97600 Mamoudzou"),
])
def test_addresses_are_spelled_out_and_capitalised(address, postcode, town, expected):
    assert readable_address(address, postcode, town) == expected
