// The wire records the Api answers with. Those that share a name with a Core entity carry a Dto suffix in
// CineRadar.Contracts itself (CityDto beside Core's City), so a handler or a read never has to say which it means.
global using CineRadar.Contracts;
