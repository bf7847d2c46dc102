from core.text import of_place


def test_de_before_a_place_as_french_writes_it():
    assert of_place("Tours (37)") == "de Tours (37)"
    assert of_place("Orange (84)") == "d'Orange (84)"
    assert of_place("Évreux (27)") == "d'Évreux (27)"
    assert of_place("Le Mans (72)") == "du Mans (72)"
    assert of_place("Les Ulis (91)") == "des Ulis (91)"
    assert of_place("La Rochelle (17)") == "de La Rochelle (17)"
    assert of_place("Hazebrouck (59)") == "de Hazebrouck (59)"
