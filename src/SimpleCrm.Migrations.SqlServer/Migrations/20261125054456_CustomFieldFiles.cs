using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SimpleCrm.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CustomFieldFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FileId",
                table: "CustomFieldValues",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_FileId",
                table: "CustomFieldValues",
                column: "FileId");

            migrationBuilder.AddForeignKey(
                name: "FK_CustomFieldValues_Files_FileId",
                table: "CustomFieldValues",
                column: "FileId",
                principalTable: "Files",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CustomFieldValues_Files_FileId",
                table: "CustomFieldValues");

            migrationBuilder.DropIndex(
                name: "IX_CustomFieldValues_FileId",
                table: "CustomFieldValues");

            migrationBuilder.DropColumn(
                name: "FileId",
                table: "CustomFieldValues");
        }
    }
}
