namespace LeftBehind.Bench.Channel;

/// <summary>One one-child family per simulated user, imported as a roster (POST /admin/roster) into this school and class.</summary>
internal sealed record ScenarioFamilies(string School, string Class, string HeadTeacher);
